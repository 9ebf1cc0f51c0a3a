package io.greenloop.waste;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** What the declarations answer. */
public final class DeclarationViews {

	private DeclarationViews() {
	}

	/**
	 * A declaration of a site for a period.
	 *
	 * @param state GENERATED (to confirm) or CONFIRMED
	 * @param overdue past its due date and not confirmed
	 * @param late confirmed after its due date
	 */
	public record DeclarationView(long id, long siteId, String siteName, String enterpriseName, String kind,
			String periodCode, int year, LocalDate startsOn, LocalDate endsOn, LocalDate dueOn, String managementClass,
			String state, OffsetDateTime generatedAt, String confirmedBy, OffsetDateTime confirmedAt, boolean overdue,
			boolean late, List<DeclarationLineView> lines) {
	}

	/**
	 * One waste code's figures for the period (t), from the ledger (HJ 1259 §7.3, 附录 C).
	 */
	public record DeclarationLineView(String wasteCode, String wasteName, BigDecimal generatedT,
			BigDecimal ownUtilisedT, BigDecimal ownDisposedT, BigDecimal offSiteUtilisedT, BigDecimal offSiteDisposedT,
			BigDecimal storedOpeningT, BigDecimal storedClosingT) {
	}

}
