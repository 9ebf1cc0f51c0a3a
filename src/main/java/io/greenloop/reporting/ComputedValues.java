package io.greenloop.reporting;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.greenloop.reporting.events.ValuesApproved;
import io.greenloop.reporting.persistence.ApprovedValueRepository;
import io.greenloop.reporting.persistence.ApprovedValueRepository.NewApprovedValue;
import io.greenloop.reporting.persistence.ComputationRepository;
import io.greenloop.reporting.persistence.PeriodRepository;
import io.greenloop.region.Regions;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way a value computed by another module enters the indicator store (一数一源):
 * checked like an import (known numeric item, region and period, the item's own unit),
 * kept with its lineage, approved with source {@value #SOURCE} and announced with
 * {@link ValuesApproved} in the caller's transaction, so evaluation takes it like any
 * other approved value and its history keeps every revision. Nothing is typed by hand.
 */
@Service
public class ComputedValues {

	/** The source of computed values. */
	public static final String SOURCE = "COMPUTED";

	private final ReportItems items;

	private final Regions regions;

	private final PeriodRepository periods;

	private final ComputationRepository computations;

	private final Approvals approvals;

	private final Clock clock;

	private final ApprovedValueRepository values;

	ComputedValues(ReportItems items, Regions regions, PeriodRepository periods, ComputationRepository computations,
			Approvals approvals, Clock clock, ApprovedValueRepository values) {
		this.values = values;
		this.items = items;
		this.regions = regions;
		this.periods = periods;
		this.computations = computations;
		this.approvals = approvals;
		this.clock = clock;
	}

	/** What was recorded: the computation's number and the value's new revision. */
	public record Recorded(long computation, int revision, Instant at) {
	}

	/**
	 * Records a computed value as approved.
	 * @param itemCode the catalogue target (or series) it is the value of
	 * @param regionCode the region
	 * @param periodCode the period, such as 2025
	 * @param value the figure, in {@code unit}
	 * @param unit the item's unit, stated by the caller so that a value in another unit
	 * is refused rather than stored
	 * @param lineage what the value was computed from
	 * @param by who asked for the computation (an account, or the module for a scheduled
	 * one)
	 */
	@Transactional
	public Recorded record(String itemCode, String regionCode, String periodCode, BigDecimal value, String unit,
			String lineage, String by) {
		ReportItem item = this.items.all().get(itemCode);
		if (item == null || !item.numeric()) {
			throw new ComputedValueRefusedException("itemCode",
					"“%s”不是数值型填报项 / \"%s\" is not a numeric item".formatted(itemCode, itemCode));
		}
		if (!this.regions.names().containsKey(regionCode)) {
			throw new ComputedValueRefusedException("regionCode",
					"未知地区%s / unknown region %s".formatted(regionCode, regionCode));
		}
		Period period = this.periods.find(periodCode)
			.orElseThrow(() -> new ComputedValueRefusedException("periodCode",
					"未知期间%s / unknown period %s".formatted(periodCode, periodCode)));
		if (value == null) {
			throw new ComputedValueRefusedException("value", "没有值 / no value");
		}
		if (!item.unit().equals(unit)) {
			throw new ComputedValueRefusedException("unit", "%s的单位是%s，不是%s / the unit of %s is %s, not %s"
				.formatted(itemCode, item.unit(), unit, itemCode, item.unit(), unit));
		}
		if (lineage == null || lineage.isBlank()) {
			throw new ComputedValueRefusedException("lineage", "须说明计算来源 / the lineage is required");
		}
		Instant now = this.clock.instant();
		long computation = this.computations.save(itemCode, regionCode, period.id(), value, unit, lineage, by, now);
		ValuesApproved approved = this.approvals.approve(List
			.of(new NewApprovedValue(itemCode, regionCode, period.id(), value, null, null, null, unit, lineage)),
				List.of(period.code()), SOURCE, computation, by, now);
		return new Recorded(computation, approved.values().get(0).revision(), now);
	}

	/**
	 * Every approved revision of a value, oldest first, whoever asks: what a computing
	 * module needs to read its inputs (a denominator such as 工业增加值) and to show its
	 * result beside a value reported by hand.
	 */
	@Transactional(readOnly = true)
	public List<ApprovedValue> revisions(String itemCode, String regionCode, String periodCode) {
		return this.values.history(itemCode, regionCode, periodCode);
	}

	/** Whether a period (such as 2025) exists to record values for. */
	@Transactional(readOnly = true)
	public boolean periodExists(String periodCode) {
		return this.periods.find(periodCode).isPresent();
	}

	/** The current approved value, whoever asks (see {@link #revisions}). */
	@Transactional(readOnly = true)
	public Optional<ApprovedValue> current(String itemCode, String regionCode, String periodCode) {
		List<ApprovedValue> all = revisions(itemCode, regionCode, periodCode);
		return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
	}

	/**
	 * The latest revision not computed: reported by a department, imported, or
	 * demonstration data.
	 */
	@Transactional(readOnly = true)
	public Optional<ApprovedValue> latestReported(String itemCode, String regionCode, String periodCode) {
		List<ApprovedValue> all = revisions(itemCode, regionCode, periodCode);
		for (int i = all.size() - 1; i >= 0; i--) {
			if (!SOURCE.equals(all.get(i).source())) {
				return Optional.of(all.get(i));
			}
		}
		return Optional.empty();
	}

}
