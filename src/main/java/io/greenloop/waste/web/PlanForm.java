package io.greenloop.waste.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import io.greenloop.waste.PlanCommands.FilePlan;
import io.greenloop.waste.PlanCommands.PlanLine;

/**
 * The plan form as the browser posts it ({@code lines[0].wasteCode}, ...); blank lines
 * are dropped.
 */
public class PlanForm {

	private Integer year;

	private String reductionMeasures;

	private String changeReason;

	private List<LineForm> lines = new ArrayList<>();

	FilePlan command() {
		List<PlanLine> given = this.lines.stream()
			.filter(line -> line.getWasteCode() != null && !line.getWasteCode().isBlank())
			.map(LineForm::line)
			.toList();
		return new FilePlan(this.year, this.reductionMeasures, this.changeReason, given);
	}

	public Integer getYear() {
		return this.year;
	}

	public void setYear(Integer year) {
		this.year = year;
	}

	public String getReductionMeasures() {
		return this.reductionMeasures;
	}

	public void setReductionMeasures(String reductionMeasures) {
		this.reductionMeasures = reductionMeasures;
	}

	public String getChangeReason() {
		return this.changeReason;
	}

	public void setChangeReason(String changeReason) {
		this.changeReason = changeReason;
	}

	public List<LineForm> getLines() {
		return this.lines;
	}

	public void setLines(List<LineForm> lines) {
		this.lines = lines;
	}

	/** One line of the form. */
	public static class LineForm {

		private String wasteCode;

		private String wasteName;

		private BigDecimal generationT;

		private BigDecimal storageT;

		private BigDecimal ownTreatmentT;

		private String transferType;

		private BigDecimal transferT;

		private Long receiverLicenceId;

		PlanLine line() {
			return new PlanLine(this.wasteCode, this.wasteName, this.generationT, this.storageT, this.ownTreatmentT,
					this.transferType, this.transferT, this.receiverLicenceId);
		}

		public String getWasteCode() {
			return this.wasteCode;
		}

		public void setWasteCode(String wasteCode) {
			this.wasteCode = wasteCode;
		}

		public String getWasteName() {
			return this.wasteName;
		}

		public void setWasteName(String wasteName) {
			this.wasteName = wasteName;
		}

		public BigDecimal getGenerationT() {
			return this.generationT;
		}

		public void setGenerationT(BigDecimal generationT) {
			this.generationT = generationT;
		}

		public BigDecimal getStorageT() {
			return this.storageT;
		}

		public void setStorageT(BigDecimal storageT) {
			this.storageT = storageT;
		}

		public BigDecimal getOwnTreatmentT() {
			return this.ownTreatmentT;
		}

		public void setOwnTreatmentT(BigDecimal ownTreatmentT) {
			this.ownTreatmentT = ownTreatmentT;
		}

		public String getTransferType() {
			return this.transferType;
		}

		public void setTransferType(String transferType) {
			this.transferType = transferType;
		}

		public BigDecimal getTransferT() {
			return this.transferT;
		}

		public void setTransferT(BigDecimal transferT) {
			this.transferT = transferT;
		}

		public Long getReceiverLicenceId() {
			return this.receiverLicenceId;
		}

		public void setReceiverLicenceId(Long receiverLicenceId) {
			this.receiverLicenceId = receiverLicenceId;
		}

	}

}
