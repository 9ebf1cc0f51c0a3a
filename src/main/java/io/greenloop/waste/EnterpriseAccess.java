package io.greenloop.waste;

import java.util.HashSet;
import java.util.Set;
import java.util.function.BiPredicate;

import io.greenloop.identity.DataScope;
import io.greenloop.identity.Role;
import io.greenloop.waste.domain.NotPermittedException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may see and keep an enterprise's waste records (plans, ledgers, declarations,
 * manifests). Government accounts (administrators, reporters, reviewers, leaders) read
 * the enterprises registered in their region and the regions below; an account with the
 * {@link Role#ENTERPRISE} role reads and writes only the enterprises it acts for
 * ({@code waste.enterprise_member}): its own staff, or a licence holder or third party
 * declaring on its behalf (HJ 1259—2022 §7). Administrators and reviewers in scope also
 * write, to correct records.
 */
@Component
public class EnterpriseAccess {

	private final JdbcClient jdbc;

	EnterpriseAccess(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Whether the account acts for enterprises only, seeing nothing else. */
	public static boolean enterpriseOnly(DataScope scope) {
		return scope.has(Role.ENTERPRISE) && !scope.isAdmin() && !scope.has(Role.REPORTER) && !scope.has(Role.REVIEWER)
				&& !scope.has(Role.LEADER);
	}

	/** The enterprises an account acts for. */
	public Set<Long> actsFor(String username) {
		return new HashSet<>(this.jdbc.sql("SELECT enterprise_id FROM waste.enterprise_member WHERE username = :user")
			.param("user", username)
			.query(Long.class)
			.list());
	}

	/**
	 * Whether the account may read the records of an enterprise registered in a region.
	 */
	public boolean reads(DataScope scope, long enterpriseId, String regionCode) {
		if (!enterpriseOnly(scope) && scope.sees(regionCode)) {
			return true;
		}
		return scope.has(Role.ENTERPRISE) && actsFor(scope.username()).contains(enterpriseId);
	}

	/**
	 * A test of (enterprise id, region) for reading many enterprises, asking for the
	 * account's enterprises once.
	 */
	public BiPredicate<Long, String> readable(DataScope scope) {
		if (!enterpriseOnly(scope)) {
			return (id, region) -> scope.sees(region);
		}
		Set<Long> mine = actsFor(scope.username());
		return (id, region) -> mine.contains(id);
	}

	public void checkReads(DataScope scope, long enterpriseId, String regionCode) {
		if (!reads(scope, enterpriseId, regionCode)) {
			throw new NotPermittedException("Enterprise " + enterpriseId + " is outside your data scope");
		}
	}

	/**
	 * Whether the account may write the records (not the registry entry) of an
	 * enterprise: an account acting for it, or an administrator or reviewer whose scope
	 * covers it.
	 */
	public boolean writes(DataScope scope, long enterpriseId, String regionCode) {
		if ((scope.isAdmin() || scope.has(Role.REVIEWER)) && scope.sees(regionCode)) {
			return true;
		}
		return scope.has(Role.ENTERPRISE) && actsFor(scope.username()).contains(enterpriseId);
	}

	public void checkWrites(DataScope scope, long enterpriseId, String regionCode) {
		if (!writes(scope, enterpriseId, regionCode)) {
			throw new NotPermittedException("You do not keep the records of enterprise " + enterpriseId);
		}
	}

	/** Lets an account act for an enterprise; idempotent. */
	@Transactional
	public void addMember(String username, long enterpriseId) {
		this.jdbc.sql("""
				INSERT INTO waste.enterprise_member (username, enterprise_id) VALUES (:user, :id)
				ON CONFLICT DO NOTHING""").param("user", username).param("id", enterpriseId).update();
	}

}
