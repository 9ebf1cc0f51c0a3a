package io.greenloop.waste.domain;

/**
 * Why one record of a request is refused.
 *
 * @param index the record's position in the request, from 0
 * @param field the field (as {@link LedgerEntry} names it)
 * @param reason the rule it breaks, with the values involved
 */
public record LedgerRefusal(int index, String field, String reason) {

}
