package dev.sluice.it.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;

/**
 * A real PostgreSQL (embedded binaries) shared by the test JVM: started on first use with fsync and
 * synchronous commit on, so what Sluice acknowledges is on disk; stopped when the JVM exits.
 */
public final class PostgresServer {
  private static EmbeddedPostgres server;
  private static int databases;

  private PostgresServer() {}

  /** A store URL {@code postgresql://postgres:postgres@localhost:PORT/NAME} of a new database. */
  public static synchronized String freshDatabaseUrl() {
    var name = "sluice_it_" + ++databases;
    try (var connection = server().getPostgresDatabase().getConnection();
        var statement = connection.createStatement()) {
      statement.execute("create database " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("could not create database " + name, e);
    }
    return "postgresql://postgres:postgres@localhost:" + server.getPort() + "/" + name;
  }

  private static EmbeddedPostgres server() {
    if (server == null) {
      try {
        server =
            EmbeddedPostgres.builder()
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .start();
      } catch (IOException e) {
        throw new UncheckedIOException("embedded PostgreSQL did not start", e);
      }
      var started = server;
      Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(started)));
    }
    return server;
  }

  private static void stop(EmbeddedPostgres started) {
    try {
      started.close();
    } catch (IOException e) {
      System.err.println("stopping embedded PostgreSQL failed: " + e);
    }
  }
}
