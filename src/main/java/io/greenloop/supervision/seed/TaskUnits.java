package io.greenloop.supervision.seed;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.greenloop.plan.UnitRole;
import io.greenloop.plan.domain.ResponsibilityText;
import io.greenloop.plan.domain.UnitMention;
import io.greenloop.region.Organisation;
import io.greenloop.region.Organisations;
import io.greenloop.shared.RegionCode;
import io.greenloop.supervision.persistence.TaskRepository.UnitRow;
import io.greenloop.supervision.seed.SupervisionFile.TaskEntry;

import org.springframework.stereotype.Component;

/**
 * The units a task names, as organisations of the region module: read from the unit texts
 * the way the catalogue reads its responsible departments ({@link ResponsibilityText}),
 * each registered or found through {@link Organisations#findOrRegister}. "各旗县区人民政府" is
 * every government below the plan's region; a mention that names no single body ("各相关部门",
 * "各项目所在旗县区") is kept as it is, not guessed at. A unit that leads the task is not listed
 * again as responsible.
 */
@Component
class TaskUnits {

	private final Organisations organisations;

	TaskUnits(Organisations organisations) {
		this.organisations = organisations;
	}

	List<UnitRow> of(SupervisionFile file, TaskEntry task) {
		RegionCode region = RegionCode.of(file.region());
		String source = file.plan() + ":" + task.source().from();
		Set<UnitRow> units = new LinkedHashSet<>();
		List<UnitMention> mentions = new ArrayList<>(ResponsibilityText.read(task.leadUnits(), UnitRole.LEAD));
		mentions.addAll(ResponsibilityText.read(task.responsibleUnits(), UnitRole.RESPONSIBLE));
		for (UnitMention mention : mentions) {
			List<Organisation> named = mention.allBelow() ? this.organisations.governmentsBelow(region)
					: List.of(this.organisations.findOrRegister(region, mention.name(), source));
			for (Organisation organisation : named) {
				boolean leads = units.stream()
					.anyMatch(unit -> "LEAD".equals(unit.role())
							&& Long.valueOf(organisation.id()).equals(unit.organisationId()));
				if (!(leads && mention.role() == UnitRole.RESPONSIBLE)) {
					units.add(new UnitRow(task.code(), mention.role().name(), organisation.id(), mention.name()));
				}
			}
		}
		task.leadCollective().forEach(text -> units.add(new UnitRow(task.code(), "LEAD", null, text)));
		task.responsibleCollective().forEach(text -> units.add(new UnitRow(task.code(), "RESPONSIBLE", null, text)));
		return List.copyOf(dropRepeats(units));
	}

	/** One row per organisation and role, the first mention kept. */
	private static List<UnitRow> dropRepeats(Set<UnitRow> units) {
		List<UnitRow> kept = new ArrayList<>();
		for (UnitRow unit : units) {
			boolean repeated = unit.organisationId() != null && kept.stream()
				.anyMatch(other -> unit.organisationId().equals(other.organisationId())
						&& unit.role().equals(other.role()));
			if (!repeated) {
				kept.add(unit);
			}
		}
		return kept;
	}

}
