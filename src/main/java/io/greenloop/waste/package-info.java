/**
 * Waste (固体废物): the 国家危险废物名录 with its exemption list, the general industrial solid waste
 * categories and the other streams the plans count, and the registry of enterprises
 * (统一社会信用代码), their production sites and the licences (危险废物经营许可证) of operators. The
 * catalogue is read from the transcribed official text at start-up; the registry lives in
 * the {@code waste} schema, with parks, facilities, contacts, carriers and the accounts
 * acting for an enterprise. Per HJ 1259—2022 it decides each site's management class
 * (§4.2), keeps the annual management plans (§5) and the declarations generated from the
 * ledger (§7); overdue declarations are announced in {@code events} for the evaluation
 * module's warnings.
 */
@ApplicationModule(displayName = "Waste", allowedDependencies = { "shared", "region", "identity", "plan", "reporting" })
package io.greenloop.waste;

import org.springframework.modulith.ApplicationModule;
