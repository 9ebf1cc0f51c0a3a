/**
 * Waste (固体废物): the 国家危险废物名录 with its exemption list, the general industrial solid waste
 * categories and the other streams the plans count, and the registry of enterprises
 * (统一社会信用代码), their production sites and the licences (危险废物经营许可证) of operators. The
 * catalogue is read from the transcribed official text at start-up; the registry lives in
 * the {@code waste} schema. Ledgers, transfer manifests and the HJ 1259 management class
 * build on these.
 */
@ApplicationModule(displayName = "Waste", allowedDependencies = { "shared", "region", "identity", "plan", "reporting" })
package io.greenloop.waste;

import org.springframework.modulith.ApplicationModule;
