package io.greenloop.reporting.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.greenloop.reporting.Form;
import io.greenloop.reporting.domain.Cadence;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The forms in {@code reporting.form}. */
@Repository
public class FormRepository {

	private final JdbcClient jdbc;

	public FormRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Adds the form if it is new; an administrator's later changes to its cadence or
	 * levels are kept.
	 */
	public void insertIfMissing(Form form) {
		this.jdbc.sql("""
				INSERT INTO reporting.form (code, name, plan_code, cadence, accept_levels)
				VALUES (:code, :name, :plan, :cadence, :levels)
				ON CONFLICT (code) DO UPDATE SET name = excluded.name
				""")
			.param("code", form.code())
			.param("name", form.name())
			.param("plan", form.planCode())
			.param("cadence", form.cadence().name())
			.param("levels", form.acceptLevels().stream().sorted().map(Integer::shortValue).toArray(Short[]::new))
			.update();
	}

	public void updateSettings(String code, Cadence cadence, Set<Integer> acceptLevels) {
		this.jdbc.sql("UPDATE reporting.form SET cadence = :cadence, accept_levels = :levels WHERE code = :code")
			.param("code", code)
			.param("cadence", cadence.name())
			.param("levels", acceptLevels.stream().sorted().map(Integer::shortValue).toArray(Short[]::new))
			.update();
	}

	public List<Form> findAll() {
		return this.jdbc.sql("SELECT * FROM reporting.form ORDER BY code").query(FormRepository::map).list();
	}

	public Optional<Form> find(String code) {
		return this.jdbc.sql("SELECT * FROM reporting.form WHERE code = :code")
			.param("code", code)
			.query(FormRepository::map)
			.optional();
	}

	private static Form map(ResultSet rs, int row) throws SQLException {
		Short[] levels = (Short[]) rs.getArray("accept_levels").getArray();
		Set<Integer> acceptLevels = Arrays.stream(levels).map(Short::intValue).collect(Collectors.toUnmodifiableSet());
		return new Form(rs.getString("code"), rs.getString("name"), rs.getString("plan_code"),
				Cadence.valueOf(rs.getString("cadence")), acceptLevels);
	}

}
