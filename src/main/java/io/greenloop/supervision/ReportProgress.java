package io.greenloop.supervision;

import java.math.BigDecimal;

/**
 * A unit's progress report on a task or project.
 *
 * @param text what was done (required)
 * @param percent how far, a whole number from 0 to 100 (required)
 * @param investment for a project: the actual investment of the quarter, in 万元
 * @param completes whether the task is reported done (needs evidence and 100)
 */
public record ReportProgress(String text, Integer percent, BigDecimal investment, Boolean completes) {

	boolean completion() {
		return Boolean.TRUE.equals(this.completes);
	}

}
