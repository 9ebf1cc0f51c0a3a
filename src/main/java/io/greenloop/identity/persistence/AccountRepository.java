package io.greenloop.identity.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import io.greenloop.identity.Account;
import io.greenloop.identity.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The accounts in {@code identity.account} and their roles. */
@Repository
public class AccountRepository {

	private static final String SELECT = """
			SELECT a.id, a.username, a.display_name, a.organisation_id, a.region_code, a.enabled, a.demo,
			       coalesce(array_agg(r.role ORDER BY r.role) FILTER (WHERE r.role IS NOT NULL), '{}') AS roles
			FROM identity.account a LEFT JOIN identity.account_role r ON r.account_id = a.id
			""";

	private final JdbcClient jdbc;

	public AccountRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Account> find(long id) {
		return this.jdbc.sql(SELECT + " WHERE a.id = :id GROUP BY a.id")
			.param("id", id)
			.query(AccountRepository::map)
			.optional();
	}

	public Optional<Account> findByUsername(String username) {
		return this.jdbc.sql(SELECT + " WHERE a.username = :username GROUP BY a.id")
			.param("username", username)
			.query(AccountRepository::map)
			.optional();
	}

	public Optional<String> passwordHash(String username) {
		return this.jdbc.sql("SELECT password_hash FROM identity.account WHERE username = :username")
			.param("username", username)
			.query(String.class)
			.optional();
	}

	public List<Account> findAll() {
		return this.jdbc.sql(SELECT + " GROUP BY a.id ORDER BY a.region_code, a.username")
			.query(AccountRepository::map)
			.list();
	}

	public long insert(NewAccount account) {
		long id = this.jdbc
			.sql("""
					INSERT INTO identity.account (username, display_name, password_hash, organisation_id, region_code, enabled, demo)
					VALUES (:username, :displayName, :hash, :organisation, :region, :enabled, :demo)
					RETURNING id
					""")
			.param("username", account.username())
			.param("displayName", account.displayName())
			.param("hash", account.passwordHash())
			.param("organisation", account.organisationId())
			.param("region", account.regionCode())
			.param("enabled", account.enabled())
			.param("demo", account.demo())
			.query(Long.class)
			.single();
		saveRoles(id, account.roles());
		return id;
	}

	public void update(long id, String displayName, long organisationId, String regionCode, Set<Role> roles,
			boolean enabled) {
		this.jdbc.sql("""
				UPDATE identity.account SET display_name = :displayName, organisation_id = :organisation,
				    region_code = :region, enabled = :enabled, updated_at = now()
				WHERE id = :id
				""")
			.param("id", id)
			.param("displayName", displayName)
			.param("organisation", organisationId)
			.param("region", regionCode)
			.param("enabled", enabled)
			.update();
		saveRoles(id, roles);
	}

	public void updatePassword(long id, String passwordHash) {
		this.jdbc.sql("UPDATE identity.account SET password_hash = :hash, updated_at = now() WHERE id = :id")
			.param("id", id)
			.param("hash", passwordHash)
			.update();
	}

	/**
	 * Disables every enabled demonstration account.
	 * @return the usernames of the accounts disabled, by id
	 */
	public Map<Long, String> disableDemoAccounts() {
		return this.jdbc.sql("""
				UPDATE identity.account SET enabled = false, updated_at = now()
				WHERE demo AND enabled
				RETURNING id, username
				""")
			.query((rs, row) -> Map.entry(rs.getLong("id"), rs.getString("username")))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, TreeMap::new));
	}

	/**
	 * How many enabled administrators there are besides the account; takes a lock held
	 * until the transaction ends, so that two administrators demoting each other at the
	 * same time cannot both succeed and leave none.
	 */
	public long lockAndCountOtherEnabledAdministrators(long id) {
		this.jdbc.sql("SELECT 1 FROM pg_advisory_xact_lock(hashtext('identity.account administrators'))")
			.query(Integer.class)
			.single();
		return this.jdbc.sql("""
				SELECT count(*) FROM identity.account a
				WHERE a.enabled AND a.id <> :id
				  AND EXISTS (SELECT 1 FROM identity.account_role r WHERE r.account_id = a.id AND r.role = 'ADMIN')
				""").param("id", id).query(Long.class).single();
	}

	/** How many accounts hold each role. */
	public Map<Role, Long> countByRole() {
		return this.jdbc.sql("SELECT role, count(*) AS n FROM identity.account_role GROUP BY role")
			.query((rs, row) -> Map.entry(Role.valueOf(rs.getString("role")), rs.getLong("n")))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	private void saveRoles(long id, Set<Role> roles) {
		this.jdbc.sql("DELETE FROM identity.account_role WHERE account_id = :id").param("id", id).update();
		for (Role role : roles) {
			this.jdbc.sql("INSERT INTO identity.account_role (account_id, role) VALUES (:id, :role)")
				.param("id", id)
				.param("role", role.name())
				.update();
		}
	}

	private static Account map(ResultSet rs, int row) throws SQLException {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		for (String role : (String[]) rs.getArray("roles").getArray()) {
			roles.add(Role.valueOf(role));
		}
		return new Account(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
				rs.getLong("organisation_id"), rs.getString("region_code"), Set.copyOf(roles), rs.getBoolean("enabled"),
				rs.getBoolean("demo"));
	}

	/**
	 * An account to create.
	 *
	 * @param username its login
	 * @param displayName its name
	 * @param passwordHash the encoded password
	 * @param organisationId its organisation
	 * @param regionCode its region
	 * @param roles its roles
	 * @param enabled whether it may log in
	 * @param demo whether it is a demonstration account
	 */
	public record NewAccount(String username, String displayName, String passwordHash, long organisationId,
			String regionCode, Set<Role> roles, boolean enabled, boolean demo) {
	}

}
