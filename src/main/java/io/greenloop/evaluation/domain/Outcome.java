package io.greenloop.evaluation.domain;

import java.util.List;

/** The result of evaluating one target in one year by either method. */
public sealed interface Outcome permits Evaluation, SdgEvaluation {

	int year();

	StatusLabel status();

	Explanation explanation();

	List<Input> inputs();

}
