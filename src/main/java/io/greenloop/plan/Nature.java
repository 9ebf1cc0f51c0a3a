package io.greenloop.plan;

/** Whether a target binds (约束性) or guides (预期性), where the plan says so. */
public enum Nature {

	/** 约束性: a binding target, assessed. */
	BINDING,
	/** 预期性: an expected target, guiding. */
	EXPECTED

}
