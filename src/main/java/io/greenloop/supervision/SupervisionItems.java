package io.greenloop.supervision;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.greenloop.identity.DataScope;
import io.greenloop.shared.RegionCode;
import io.greenloop.supervision.domain.NotPermittedException;
import io.greenloop.supervision.domain.SupervisionItem;
import io.greenloop.supervision.persistence.ItemRepository;
import io.greenloop.supervision.persistence.ItemRepository.ItemRow;
import io.greenloop.supervision.persistence.TaskRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 督办 items as units see and answer them: a unit's own (addressed to it now, or
 * first), or every item of the caller's region and below; the addressee (or the unit
 * first addressed, or an administrator) replies.
 */
@Service
public class SupervisionItems {

	private final ItemRepository items;

	private final TaskRepository tasks;

	private final Progress progress;

	private final Permissions permissions;

	private final Clock clock;

	SupervisionItems(ItemRepository items, TaskRepository tasks, Progress progress, Permissions permissions,
			Clock clock) {
		this.items = items;
		this.tasks = tasks;
		this.progress = progress;
		this.permissions = permissions;
		this.clock = clock;
	}

	/**
	 * Items, newest first.
	 * @param mine only those of the caller's unit
	 * @param openOnly only those not answered yet
	 */
	@Transactional(readOnly = true)
	public List<SupervisionItemView> list(boolean mine, boolean openOnly) {
		DataScope scope = this.permissions.scope();
		String prefix = scope.isAdmin() ? null : RegionCode.of(scope.regionCode()).scopePrefix();
		return views(this.items.find(mine ? scope.organisationId() : null, openOnly, prefix));
	}

	/** The addressee replies. */
	@Transactional
	public SupervisionItemView reply(long id, String text) {
		ItemRow row = this.items.lock(id).orElseThrow(() -> new UnknownReportException("督办", "supervision item", id));
		DataScope scope = this.permissions.scope();
		String region = this.tasks.state(row.code()).orElseThrow().regionCode();
		this.permissions.seeing(region);
		boolean addressed = scope.isAdmin() || Objects.equals(row.organisationId(), scope.organisationId())
				|| Objects.equals(row.responsibleId(), scope.organisationId());
		if (!addressed) {
			throw new NotPermittedException("督办%d不是发给您单位的 / item %d is not addressed to your unit".formatted(id, id));
		}
		new SupervisionItem(id, SupervisionItem.Level.valueOf(row.level()), "OPEN".equals(row.state()), row.replyDue())
			.reply(text);
		Instant now = this.clock.instant();
		this.items.answer(id, text.strip(), scope.username(), now);
		this.items.recordHistory(id, "ANSWERED", row.level(), row.organisationId(), text.strip(), scope.username(),
				now);
		return views(List.of(this.items.lock(id).orElseThrow())).get(0);
	}

	private List<SupervisionItemView> views(List<ItemRow> rows) {
		Set<Long> ids = rows.stream()
			.flatMap(row -> Stream.of(row.responsibleId(), row.organisationId()))
			.filter(Objects::nonNull)
			.collect(Collectors.toCollection(HashSet::new));
		Map<Long, String> names = this.progress.names(ids);
		Map<String, String> taskNames = rows.stream()
			.map(ItemRow::code)
			.distinct()
			.collect(Collectors.toMap(code -> code, code -> this.tasks.find(code).orElseThrow().name()));
		return rows.stream()
			.map(row -> new SupervisionItemView(row.id(), row.code(), taskNames.get(row.code()), row.cause(),
					row.reference(), row.roundId(), row.responsibleId(), names.get(row.responsibleId()),
					row.organisationId(), names.get(row.organisationId()), row.level(), row.state(), row.detail(),
					row.openedAt(), row.replyDue(), row.reply(), row.repliedBy(), row.repliedAt()))
			.toList();
	}

}
