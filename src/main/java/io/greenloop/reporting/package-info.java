/**
 * Reporting (填报): how numbers get into Greenloop. Departments and 盟市/旗县 report the values
 * of the targets they are responsible for, and the source statistics indicators divide
 * by, per reporting period (年, 季度, 月), in a page or by Excel; values are validated by
 * rules kept as data; submissions climb an approval chain bottom-up (逐级审核) and every
 * change is kept. The final approval publishes
 * {@link io.greenloop.reporting.events.ValuesApproved}, the one way other modules learn
 * of new data.
 */
@ApplicationModule(displayName = "Reporting", allowedDependencies = { "shared", "region", "plan", "identity" })
package io.greenloop.reporting;

import org.springframework.modulith.ApplicationModule;
