package io.greenloop.supervision;

/**
 * A lead unit's decision on one report while consolidating a round.
 *
 * @param report the report's id
 * @param accept true to accept, false to send back
 * @param reason why it is sent back (required then)
 */
public record Decision(long report, boolean accept, String reason) {
}
