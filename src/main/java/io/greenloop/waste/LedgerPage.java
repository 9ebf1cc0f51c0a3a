package io.greenloop.waste;

import java.util.List;

import io.greenloop.waste.persistence.LedgerRepository.LedgerRow;

/**
 * One page of the "updated since" exchange: the records recorded after a cursor, and the
 * cursor to ask with next (the same one when nothing new was found).
 *
 * @param records the records, by (recordedAt, id)
 * @param next the cursor after the last record
 */
public record LedgerPage(List<LedgerRow> records, String next) {

}
