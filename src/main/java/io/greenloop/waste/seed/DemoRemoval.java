package io.greenloop.waste.seed;

import java.util.List;

/**
 * The statements that remove the demonstration waste data, in the order the foreign keys
 * need: first the ids of what goes (demonstration enterprises, their sites and licences,
 * and every manifest one of them is a party to, as carrier too) into temporary tables,
 * then each table's rows that name them.
 */
final class DemoRemoval {

	private DemoRemoval() {
	}

	static final List<String> STATEMENTS = List.of("""
			CREATE TEMPORARY TABLE demo_enterprise ON COMMIT DROP AS SELECT id FROM waste.enterprise WHERE demo""", """
			CREATE TEMPORARY TABLE demo_site ON COMMIT DROP AS
			SELECT id FROM waste.site WHERE enterprise_id IN (SELECT id FROM demo_enterprise)""", """
			CREATE TEMPORARY TABLE demo_licence ON COMMIT DROP AS
			SELECT id FROM waste.licence WHERE enterprise_id IN (SELECT id FROM demo_enterprise)""",
			"""
					CREATE TEMPORARY TABLE demo_manifest ON COMMIT DROP AS
					SELECT id FROM waste.manifest
					WHERE sender_enterprise_id IN (SELECT id FROM demo_enterprise)
					   OR receiver_enterprise_id IN (SELECT id FROM demo_enterprise)
					   OR consignor_enterprise_id IN (SELECT id FROM demo_enterprise)
					   OR id IN (SELECT mc.manifest_id FROM waste.manifest_carrier mc JOIN waste.carrier c ON c.id = mc.carrier_id
					             WHERE c.enterprise_id IN (SELECT id FROM demo_enterprise))""",
			"DELETE FROM waste.manifest_ledger WHERE manifest_id IN (SELECT id FROM demo_manifest)",
			"DELETE FROM waste.transfer_alert WHERE manifest_id IN (SELECT id FROM demo_manifest)",
			"DELETE FROM waste.manifest_event WHERE manifest_id IN (SELECT id FROM demo_manifest)",
			"DELETE FROM waste.manifest_signature WHERE manifest_id IN (SELECT id FROM demo_manifest)",
			"""
					DELETE FROM waste.manifest_correction_confirmation WHERE correction_id IN
					    (SELECT id FROM waste.manifest_correction WHERE manifest_id IN (SELECT id FROM demo_manifest))""",
			"DELETE FROM waste.manifest_correction WHERE manifest_id IN (SELECT id FROM demo_manifest)",
			"DELETE FROM waste.manifest_carrier WHERE manifest_id IN (SELECT id FROM demo_manifest)",
			"DELETE FROM waste.manifest WHERE id IN (SELECT id FROM demo_manifest)", """
					DELETE FROM waste.transfer_approval WHERE sender_enterprise_id IN (SELECT id FROM demo_enterprise)
					    OR receiver_enterprise_id IN (SELECT id FROM demo_enterprise)""",
			"""
					DELETE FROM waste.manifest_ledger
					WHERE sender_record_id IN (SELECT id FROM waste.ledger_record WHERE site_id IN (SELECT id FROM demo_site))
					   OR receiver_record_id IN (SELECT id FROM waste.ledger_record WHERE site_id IN (SELECT id FROM demo_site))""",
			"""
					DELETE FROM waste.balance_flag WHERE site_id IN (SELECT id FROM demo_site)
					    OR licence_id IN (SELECT id FROM demo_licence)""",
			"DELETE FROM waste.balance WHERE site_id IN (SELECT id FROM demo_site)", """
					DELETE FROM waste.declaration_line WHERE declaration_id IN
					    (SELECT id FROM waste.declaration WHERE site_id IN (SELECT id FROM demo_site))""",
			"DELETE FROM waste.declaration WHERE site_id IN (SELECT id FROM demo_site)",
			"DELETE FROM waste.class_override WHERE site_id IN (SELECT id FROM demo_site)", """
					DELETE FROM waste.management_plan_line
					WHERE plan_id IN (SELECT id FROM waste.management_plan WHERE site_id IN (SELECT id FROM demo_site))
					   OR receiver_licence_id IN (SELECT id FROM demo_licence)""",
			"DELETE FROM waste.management_plan WHERE site_id IN (SELECT id FROM demo_site)",
			"DELETE FROM waste.ledger_request WHERE site_id IN (SELECT id FROM demo_site)",
			"DELETE FROM waste.ledger_record WHERE site_id IN (SELECT id FROM demo_site)",
			"DELETE FROM waste.facility WHERE site_id IN (SELECT id FROM demo_site)",
			"DELETE FROM waste.contact WHERE enterprise_id IN (SELECT id FROM demo_enterprise)",
			"""
					DELETE FROM waste.vehicle
					WHERE carrier_id IN (SELECT id FROM waste.carrier WHERE enterprise_id IN (SELECT id FROM demo_enterprise))""",
			"DELETE FROM waste.carrier WHERE enterprise_id IN (SELECT id FROM demo_enterprise)",
			"DELETE FROM waste.licence_waste WHERE licence_id IN (SELECT id FROM demo_licence)",
			"DELETE FROM waste.licence WHERE id IN (SELECT id FROM demo_licence)",
			"DELETE FROM waste.enterprise_member WHERE enterprise_id IN (SELECT id FROM demo_enterprise)",
			"DELETE FROM waste.site WHERE id IN (SELECT id FROM demo_site)", "DELETE FROM waste.enterprise WHERE demo");

}
