package io.greenloop.waste.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import io.greenloop.waste.Ledger;
import io.greenloop.waste.LedgerResult;
import io.greenloop.waste.domain.InvalidInputException;
import io.greenloop.waste.domain.LedgerEntry;
import io.greenloop.waste.domain.LedgerRejectedException;

import org.springframework.web.multipart.MultipartFile;

/**
 * An uploaded ledger file recorded through the same rules as the API: cells that cannot
 * be read, and records the rules refuse, come back as
 * {@link LedgerSheet.UnreadableSheetException} with every error placed at its row and
 * column; nothing is recorded unless every row is.
 */
final class LedgerUploads {

	private LedgerUploads() {
	}

	static LedgerResult record(Ledger ledger, long siteId, MultipartFile file) throws IOException {
		if (file == null || file.isEmpty()) {
			throw new InvalidInputException("file", "Choose an .xlsx or .csv file in the template's columns");
		}
		List<LedgerEntry> entries;
		try (InputStream in = file.getInputStream()) {
			entries = LedgerSheet.read(file.getOriginalFilename(), in);
		}
		try {
			return ledger.record(siteId, entries);
		}
		catch (LedgerRejectedException ex) {
			throw new LedgerSheet.UnreadableSheetException(ex.refusals()
				.stream()
				.map(refusal -> new LedgerSheet.SheetError(LedgerSheet.row(refusal.index()),
						LedgerSheet.header(refusal.field()), refusal.reason()))
				.toList());
		}
	}

}
