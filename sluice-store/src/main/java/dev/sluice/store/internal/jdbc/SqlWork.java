package dev.sluice.store.internal.jdbc;

import java.sql.Connection;
import java.sql.SQLException;

/** Work done inside one transaction on the given connection. */
@FunctionalInterface
public interface SqlWork<T> {
  T run(Connection connection) throws SQLException;
}
