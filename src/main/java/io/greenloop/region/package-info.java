/**
 * Regions and organisations: the administrative hierarchy every number is reported
 * against (the autonomous region, its 12 盟市 and 103 旗县级 units, by GB/T 2260 code) and the
 * organisations that act in it: governments, their departments (责任单位, 牵头单位, data
 * providers) and functional areas such as 开发区 and 新区, which are organisations under a
 * region, not regions. Loaded from reference data at start-up; other modules register the
 * departments their plans name through {@link io.greenloop.region.Organisations}.
 */
@ApplicationModule(displayName = "Regions and organisations", allowedDependencies = "shared")
package io.greenloop.region;

import org.springframework.modulith.ApplicationModule;
