/**
 * Dashboard (看板): what leaders see at a glance. For a region and year it counts the
 * targets by status, puts the lagging ones first with who answers for them, draws the
 * share of targets on track over the years, and colours the 12 盟市 (leagues and cities) on
 * a map by that share or by one indicator's latest value. Every number links to where it
 * came from. A read side only: it holds no data of its own and reads the stored results
 * through evaluation's public API, within the caller's data scope.
 */
@ApplicationModule(displayName = "Dashboard",
		allowedDependencies = { "shared", "region", "plan", "identity", "evaluation" })
package io.greenloop.dashboard;

import org.springframework.modulith.ApplicationModule;
