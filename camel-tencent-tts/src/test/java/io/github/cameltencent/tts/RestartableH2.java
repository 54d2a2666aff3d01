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
package io.github.cameltencent.tts;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;
import org.h2.tools.Server;

/**
 * An H2 database over TCP that a test takes away and brings back on the same port and data, as a real database
 * server is stopped and started: the repositories' connections fail while it is away and work again after.
 */
final class RestartableH2 implements AutoCloseable {

    private final int port;
    private final String[] args;
    private Server server;

    RestartableH2(Path dir) throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        args = new String[] { "-tcpPort", Integer.toString(port), "-ifNotExists", "-baseDir", dir.toString() };
        start();
    }

    DataSource dataSource(String database) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:tcp://localhost:" + port + "/" + database);
        return ds;
    }

    /** Brings the database back (or starts it), on the same port and data. */
    synchronized void start() throws SQLException {
        server = Server.createTcpServer(args).start();
    }

    /** Takes the database away, once: a second call while it is away does nothing. */
    synchronized void stop() {
        if (server.isRunning(false)) {
            server.stop();
        }
    }

    @Override
    public void close() {
        stop();
    }
}
