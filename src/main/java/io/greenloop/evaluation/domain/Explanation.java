package io.greenloop.evaluation.domain;

/**
 * How a result was computed, in a few sentences with the numbers used, in Chinese and
 * English, for the page that shows where a number came from.
 */
public record Explanation(String zh, String en) {
}
