package dev.sluice.store.internal.functions;

import dev.sluice.core.events.NewEvent;
import dev.sluice.core.functions.FunctionCatalog;
import dev.sluice.core.functions.FunctionConfig;
import dev.sluice.core.functions.FunctionRecord;
import dev.sluice.core.functions.StoredFunction;
import dev.sluice.core.time.Clock;
import dev.sluice.store.internal.events.OutboxTable;
import dev.sluice.store.internal.jdbc.StoreException;
import dev.sluice.store.internal.jdbc.Transactions;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Functions on a JDBC database: one row per function with its state as JSON and a revision that
 * every replacement checks and increments; the package blobs it references in a side table.
 */
public final class JdbcFunctionCatalog implements FunctionCatalog {
  private static final String UNIQUE_VIOLATION = "23505";

  private final Transactions transactions;
  private final Clock clock;

  public JdbcFunctionCatalog(Transactions transactions, Clock clock) {
    this.transactions = transactions;
    this.clock = clock;
  }

  @Override
  public Optional<StoredFunction> find(String name) {
    return transactions.run("Reading function " + name, c -> find(c, name));
  }

  private static Optional<StoredFunction> find(Connection c, String name) throws SQLException {
    try (var s =
        c.prepareStatement("select revision, document from lambda_functions where name = ?")) {
      s.setString(1, name);
      try (var row = s.executeQuery()) {
        return row.next()
            ? Optional.of(
                new StoredFunction(FunctionDocuments.read(row.getString(2)), row.getLong(1)))
            : Optional.empty();
      }
    }
  }

  @Override
  public boolean insert(FunctionRecord function, List<NewEvent> events) {
    try {
      return transactions.run(
          "Creating function " + function.name(), c -> insert(c, function, events));
    } catch (StoreException e) {
      if (e.getCause() instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
        return false;
      }
      throw e;
    }
  }

  private boolean insert(Connection c, FunctionRecord function, List<NewEvent> events)
      throws SQLException {
    try (var s =
        c.prepareStatement(
            "insert into lambda_functions (name, revision, document) select ?, 1, ? where not"
                + " exists (select 1 from lambda_functions where name = ?)")) {
      s.setString(1, function.name());
      s.setString(2, FunctionDocuments.write(function));
      s.setString(3, function.name());
      if (s.executeUpdate() != 1) {
        return false;
      }
    }
    writeCode(c, function);
    OutboxTable.insert(c, events, clock.now());
    return true;
  }

  @Override
  public boolean replace(FunctionRecord function, long revision, List<NewEvent> events) {
    return transactions.run(
        "Updating function " + function.name(), c -> replace(c, function, revision, events));
  }

  private boolean replace(
      Connection c, FunctionRecord function, long revision, List<NewEvent> events)
      throws SQLException {
    try (var s =
        c.prepareStatement(
            "update lambda_functions set revision = revision + 1, document = ? where name = ?"
                + " and revision = ?")) {
      s.setString(1, FunctionDocuments.write(function));
      s.setString(2, function.name());
      s.setLong(3, revision);
      if (s.executeUpdate() != 1) {
        return false;
      }
    }
    try (var s = c.prepareStatement("delete from lambda_function_code where function_name = ?")) {
      s.setString(1, function.name());
      s.executeUpdate();
    }
    writeCode(c, function);
    OutboxTable.insert(c, events, clock.now());
    return true;
  }

  private static void writeCode(Connection c, FunctionRecord function) throws SQLException {
    var blobIds = new TreeSet<String>();
    blobIds.add(function.latest().codeBlobId());
    function.versions().stream().map(FunctionConfig::codeBlobId).forEach(blobIds::add);
    try (var s =
        c.prepareStatement(
            "insert into lambda_function_code (function_name, blob_id) values (?, ?)")) {
      for (var blobId : blobIds) {
        s.setString(1, function.name());
        s.setString(2, blobId);
        s.addBatch();
      }
      s.executeBatch();
    }
  }

  @Override
  public boolean delete(String name, long revision) {
    return transactions.run(
        "Deleting function " + name,
        c -> {
          try (var s =
              c.prepareStatement("delete from lambda_functions where name = ? and revision = ?")) {
            s.setString(1, name);
            s.setLong(2, revision);
            return s.executeUpdate() == 1;
          }
        });
  }

  @Override
  public List<FunctionRecord> list(String afterName, int limit) {
    return transactions.run(
        "Listing functions",
        c -> {
          try (var s =
              c.prepareStatement(
                  "select document from lambda_functions where name > ? order by name limit ?")) {
            s.setString(1, afterName == null ? "" : afterName);
            s.setInt(2, limit);
            var functions = new ArrayList<FunctionRecord>();
            try (var rows = s.executeQuery()) {
              while (rows.next()) {
                functions.add(FunctionDocuments.read(rows.getString(1)));
              }
            }
            return functions;
          }
        });
  }

  @Override
  public void append(List<NewEvent> events) {
    transactions.run(
        "Queueing events",
        c -> {
          OutboxTable.insert(c, events, clock.now());
          return null;
        });
  }
}
