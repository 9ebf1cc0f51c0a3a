package io.greenloop.supervision;

import org.springframework.core.io.InputStreamSource;

/**
 * A file sent as evidence with a progress report, before its checks.
 *
 * @param fileName the name it was sent with
 * @param size its announced size (-1 if unknown)
 * @param content its bytes
 */
public record Evidence(String fileName, long size, InputStreamSource content) {
}
