package io.greenloop.evaluation;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.greenloop.evaluation.persistence.ResultRepository.Key;
import io.greenloop.reporting.events.DemoValuesRemoved;
import io.greenloop.reporting.events.DemoValuesRemoved.RemovedValue;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Drops evaluation's copies of the demonstration values reporting removed (a start
 * without the demo profile, or real values superseding them) and re-evaluates their
 * targets, in the transaction that removed them: no result rests on a demonstration value
 * that is gone. Only copies still of the source DEMO go; a real value of the same period
 * has already replaced its copy.
 */
@Component
class DemoValuesRemovedListener {

	private final JdbcClient jdbc;

	private final Evaluations evaluations;

	DemoValuesRemovedListener(JdbcClient jdbc, Evaluations evaluations) {
		this.jdbc = jdbc;
		this.evaluations = evaluations;
	}

	@EventListener
	void on(DemoValuesRemoved event) {
		List<RemovedValue> values = event.values();
		List<Key> dropped = this.jdbc.sql("""
				DELETE FROM evaluation.observation o
				USING unnest(CAST(:targets AS text[]), CAST(:regions AS text[]), CAST(:periods AS text[]))
				      AS r (target_code, region_code, period_code)
				WHERE o.source = :demo AND o.target_code = r.target_code AND o.region_code = r.region_code
				  AND o.period_code = r.period_code
				RETURNING o.target_code, o.region_code
				""")
			.param("targets", values.stream().map(RemovedValue::itemCode).toArray(String[]::new))
			.param("regions", values.stream().map(RemovedValue::regionCode).toArray(String[]::new))
			.param("periods", values.stream().map(RemovedValue::periodCode).toArray(String[]::new))
			.param("demo", DemoValuesRemoved.SOURCE)
			.query((rs, row) -> new Key(rs.getString(1), rs.getString(2)))
			.list();
		Set<Key> keys = new LinkedHashSet<>(dropped);
		if (!keys.isEmpty()) {
			this.evaluations.evaluate(keys);
		}
	}

}
