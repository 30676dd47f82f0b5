package dev.sluice.store.internal.jdbc;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Work done inside one transaction that may leave rows to the {@link SharedBatches} of the
 * transaction, written after every write sharing it ran and before it commits.
 */
@FunctionalInterface
public interface BatchedWork<T> {
  T run(Connection connection, SharedBatches batches) throws SQLException;
}
