package io.greenloop.supervision.persistence;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The catalogue targets each task serves. */
@Repository
public class TargetLinkRepository {

	private final JdbcClient jdbc;

	public TargetLinkRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One link: the target, who made it, and for a seeded link the words it rests on. */
	public record LinkRow(String taskCode, String targetCode, String linkedBy, String evidence) {
	}

	public List<LinkRow> of(String taskCode) {
		return this.jdbc.sql("""
				SELECT task_code, target_code, linked_by, evidence FROM supervision.task_target
				WHERE task_code = :task ORDER BY target_code
				""").param("task", taskCode).query(LinkRow.class).list();
	}

	/** The codes of the tasks serving a target, in plan order. */
	public List<String> tasksServing(String targetCode) {
		return this.jdbc.sql("""
				SELECT t.code FROM supervision.task_target l JOIN supervision.task t ON t.code = l.task_code
				WHERE l.target_code = :target ORDER BY t.plan_code, t.position
				""").param("target", targetCode).query(String.class).list();
	}

	/**
	 * Whether an administrator has edited the task's links (the seed leaves it alone
	 * then).
	 */
	public boolean edited(String taskCode) {
		return this.jdbc.sql("SELECT targets_edited_by IS NOT NULL FROM supervision.task WHERE code = :task")
			.param("task", taskCode)
			.query(Boolean.class)
			.optional()
			.orElse(false);
	}

	/** Replaces the task's links with these. */
	public void replace(String taskCode, List<LinkRow> links, Instant at) {
		this.jdbc.sql("DELETE FROM supervision.task_target WHERE task_code = :task").param("task", taskCode).update();
		for (LinkRow link : links) {
			this.jdbc.sql("""
					INSERT INTO supervision.task_target (task_code, target_code, linked_by, evidence, linked_at)
					VALUES (:task, :target, :by, :evidence, :at)
					""")
				.param("task", taskCode)
				.param("target", link.targetCode())
				.param("by", link.linkedBy())
				.param("evidence", link.evidence())
				.param("at", ProgressRepository.utc(at))
				.update();
		}
	}

	public void markEdited(String taskCode, String by, Instant at) {
		this.jdbc.sql("""
				UPDATE supervision.task SET targets_edited_by = :by, targets_edited_at = :at WHERE code = :task
				""").param("task", taskCode).param("by", by).param("at", ProgressRepository.utc(at)).update();
	}

}
