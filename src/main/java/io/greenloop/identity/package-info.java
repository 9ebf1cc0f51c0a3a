/**
 * Identity: accounts, their roles (administrator, reporter 填报, reviewer 审核, leader),
 * login, and the data scope that bounds what each account sees and writes: its
 * organisation and its region (and, for reading and reviewing, the regions below it).
 * Other modules ask {@link io.greenloop.identity.CurrentAccount} for the scope and
 * enforce it on their own data; account changes are published as events for the audit
 * log.
 */
@ApplicationModule(displayName = "Identity and data scopes", allowedDependencies = { "shared", "region" })
package io.greenloop.identity;

import org.springframework.modulith.ApplicationModule;
