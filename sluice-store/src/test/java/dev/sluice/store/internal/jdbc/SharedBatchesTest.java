package dev.sluice.store.internal.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SharedBatchesTest {
  private static final String FIRST = "insert into log (what) values ('first ' || ?)";
  private static final String SECOND = "insert into log (what) values ('second ' || ?)";

  private Connection connection;

  @BeforeEach
  void database() throws SQLException {
    connection = DriverManager.getConnection("jdbc:h2:mem:batches" + System.nanoTime());
    try (Statement s = connection.createStatement()) {
      s.execute("create table log (seq bigint generated always as identity, what varchar)");
    }
  }

  @AfterEach
  void close() throws SQLException {
    connection.close();
  }

  private List<String> log() throws SQLException {
    List<String> lines = new ArrayList<>();
    try (Statement s = connection.createStatement();
        var rows = s.executeQuery("select what from log order by seq")) {
      while (rows.next()) {
        lines.add(rows.getString(1));
      }
    }
    return lines;
  }

  private static SharedBatches.Row value(String v) {
    return s -> s.setString(1, v);
  }

  @Test
  void writesStatementsInTheOrderTheyWereFirstNamedAndRowsInTheOrderAdded() throws SQLException {
    SharedBatches batches = new SharedBatches();
    batches.declare(FIRST);
    batches.add(SECOND, value("a"));
    batches.add(FIRST, value("b"));
    batches.add(SECOND, value("c"));
    batches.add(FIRST, value("d"));

    batches.flush(connection);

    assertThat(log()).containsExactly("first b", "first d", "second a", "second c");
  }

  @Test
  void writesNothingForDeclaredStatementsWithoutRowsAndForgetsWhatItFlushed() throws SQLException {
    SharedBatches batches = new SharedBatches();
    batches.declare(FIRST);
    batches.add(SECOND, value("x"));

    batches.flush(connection);
    batches.flush(connection);

    assertThat(log()).containsExactly("second x");
  }
}
