package dev.sluice.store.internal.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Runs work in one transaction each: commit when it returns, roll back when it throws. A
 * transaction that lost a deadlock or a serialization conflict is run again from the start.
 */
public final class Transactions {
  private static final Set<String> RETRYABLE = Set.of("40001", "40P01");
  private static final int ATTEMPTS = 5;

  private final DataSource dataSource;

  public Transactions(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  public <T> T run(String what, SqlWork<T> work) {
    for (int attempt = 1; ; attempt++) {
      try {
        return once(work);
      } catch (SQLException e) {
        if (attempt >= ATTEMPTS || !RETRYABLE.contains(e.getSQLState())) {
          throw new StoreException(what + " failed", e);
        }
      }
    }
  }

  private <T> T once(SqlWork<T> work) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      try {
        T result = work.run(connection);
        connection.commit();
        return result;
      } catch (SQLException | RuntimeException | Error e) {
        rollbackQuietly(connection, e);
        throw e;
      }
    }
  }

  private static void rollbackQuietly(Connection connection, Throwable failure) {
    try {
      connection.rollback();
    } catch (SQLException e) {
      failure.addSuppressed(e);
    }
  }
}
