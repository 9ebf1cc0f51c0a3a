/**
 * The evaluation engine, plain Java (no Spring, no other module; a test holds it to
 * that).
 * <p>
 * Input: a {@link io.greenloop.evaluation.domain.TargetSpec} (comparison, stated
 * direction, level or change since the base year, baseline, figure, trajectory shape),
 * the {@link io.greenloop.evaluation.domain.Observations} of one region, and the
 * reviewers' {@link io.greenloop.evaluation.domain.Judgement}s. Output: an
 * {@link io.greenloop.evaluation.domain.Evaluation} by the plan trajectory method
 * ({@link io.greenloop.evaluation.domain.TargetEvaluator}) or an
 * {@link io.greenloop.evaluation.domain.SdgEvaluation} by the Open SDG method
 * ({@link io.greenloop.evaluation.domain.OpenSdgMethod}), each with the numbers it used
 * and an explanation in Chinese and English.
 * <p>
 * Choices made once for all: figures cross the boundary as {@code BigDecimal}, arithmetic
 * inside is {@code double} with {@link java.lang.StrictMath} for powers and logarithms
 * (see {@code Figures}); progress is a difference, never a ratio, so a zero or negative
 * baseline needs no substitute; a value worse than its baseline is 严重滞后; a target missed
 * in its due year is never 按进度; what cannot be computed says so and becomes 无数据 or 待人工评定.
 */
package io.greenloop.evaluation.domain;
