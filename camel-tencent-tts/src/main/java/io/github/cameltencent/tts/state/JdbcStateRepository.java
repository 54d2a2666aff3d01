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
package io.github.cameltencent.tts.state;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.service.ServiceSupport;

/**
 * A Camel {@link StateRepository} in a database table, for a resume point that every node of a cluster shares (the
 * polling consumer's {@code stateRepository}). Camel ships in-memory and file state repositories only; this is the
 * smallest shared one: one row per key, written with an update, or an insert the first time.
 *
 * <p>The table ({@code docs/cluster-postgresql.sql}): {@code CAMEL_TTS_STATE (stateKey VARCHAR(255) PRIMARY KEY,
 * stateValue VARCHAR(255) NOT NULL)}. Plain JDBC through the given DataSource, auto-commit, so it runs on any
 * database and needs no transaction manager.
 */
public class JdbcStateRepository extends ServiceSupport implements StateRepository<String, String> {

    private DataSource dataSource;
    private String tableName = "CAMEL_TTS_STATE";

    public JdbcStateRepository() {
    }

    public JdbcStateRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    protected void doStart() {
        if (dataSource == null) {
            throw new IllegalArgumentException("JdbcStateRepository: dataSource must be set");
        }
        if (!tableName.matches("[A-Za-z_][A-Za-z0-9_.]{0,127}")) {
            throw new IllegalArgumentException("JdbcStateRepository: tableName must be a plain SQL name, got '"
                                               + tableName + "'");
        }
    }

    @Override
    public void setState(String key, String value) {
        try (Connection c = dataSource.getConnection()) {
            if (update(c, key, value) == 0) {
                try (PreparedStatement insert = c.prepareStatement("INSERT INTO " + tableName
                                                                   + " (stateKey, stateValue) VALUES (?, ?)")) {
                    insert.setString(1, key);
                    insert.setString(2, value);
                    insert.executeUpdate();
                } catch (SQLException e) {
                    // another node inserted the first row of this key at the same instant: write over it
                    if (e.getSQLState() == null || !e.getSQLState().startsWith("23") || update(c, key, value) == 0) {
                        throw e;
                    }
                }
            }
        } catch (SQLException e) {
            throw new RuntimeCamelException("state " + key + " not written to " + tableName + ": " + e.getMessage(),
                    e);
        }
    }

    private int update(Connection c, String key, String value) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("UPDATE " + tableName
                                                           + " SET stateValue = ? WHERE stateKey = ?")) {
            update.setString(1, value);
            update.setString(2, key);
            return update.executeUpdate();
        }
    }

    @Override
    public String getState(String key) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement select = c.prepareStatement("SELECT stateValue FROM " + tableName
                                                           + " WHERE stateKey = ?")) {
            select.setString(1, key);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new RuntimeCamelException("state " + key + " not read from " + tableName + ": " + e.getMessage(), e);
        }
    }

    public DataSource getDataSource() {
        return dataSource;
    }

    public void setDataSource(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public String getTableName() {
        return tableName;
    }

    public void setTableName(String tableName) {
        this.tableName = tableName;
    }
}
