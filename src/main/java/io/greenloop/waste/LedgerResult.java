package io.greenloop.waste;

import java.util.List;

/**
 * What a ledger request recorded.
 *
 * @param siteId the site
 * @param recorded how many records
 * @param ids their ids, in the request's order
 */
public record LedgerResult(long siteId, int recorded, List<Long> ids) {

}
