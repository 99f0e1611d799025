package org.accordgraph.neo4j;

import ac.simons.neo4j.migrations.core.Migrations;
import ac.simons.neo4j.migrations.core.MigrationsConfig;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Applies the versioned schema migrations in {@code classpath:neo4j/migrations} (constraints and
 * indexes) when the application starts, before anything reads or writes. Anything that needs the
 * schema in place depends on this bean.
 */
@Component
public class SchemaMigrations implements InitializingBean {

	private static final Logger log = LoggerFactory.getLogger(SchemaMigrations.class);

	private final Migrations migrations;

	SchemaMigrations(Driver driver) {
		this.migrations = new Migrations(MigrationsConfig.builder()
			.withLocationsToScan("classpath:neo4j/migrations")
			.withResourceScanner(new MigrationFiles())
			.withInstalledBy("accord-graph")
			.build(), driver);
	}

	@Override
	public void afterPropertiesSet() {
		this.migrations.apply()
			.ifPresentOrElse(version -> log.info("Database schema at version {}", version.getValue()),
					() -> log.info("No schema migrations to apply"));
	}

}
