package dev.sluice.store.internal.logs;

import dev.sluice.core.logs.EventKey;
import dev.sluice.core.logs.EventSelection;
import dev.sluice.core.logs.LogEvent;
import dev.sluice.core.logs.LogGroup;
import dev.sluice.core.logs.LogStore;
import dev.sluice.core.logs.LogStream;
import dev.sluice.core.logs.StoredEvent;
import dev.sluice.core.logs.StreamOrder;
import dev.sluice.store.internal.jdbc.Transactions;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Log groups, streams and events in the tables of {@code V4__logs.sql}. */
public final class JdbcLogStore implements LogStore {
  private final Transactions transactions;

  public JdbcLogStore(Transactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public boolean createGroup(String group, Instant createdAt) {
    return transactions.run(
            "Creating a log group", c -> LogAppends.createGroup(c, group, createdAt))
        > 0;
  }

  @Override
  public boolean deleteGroup(String group) {
    return update("Deleting a log group", "delete from log_groups where name = ?", group) > 0;
  }

  @Override
  public Optional<LogGroup> group(String group) {
    return transactions.run(
        "Reading a log group",
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "select " + LogTables.GROUP_COLUMNS + " from log_groups g where g.name = ?")) {
            s.setString(1, group);
            try (var rows = s.executeQuery()) {
              return rows.next() ? Optional.of(LogTables.group(rows)) : Optional.empty();
            }
          }
        });
  }

  @Override
  public boolean setRetention(String group, Integer days) {
    return transactions.run(
            "Setting a log group's retention",
            c -> {
              try (PreparedStatement s =
                  c.prepareStatement("update log_groups set retention_days = ? where name = ?")) {
                s.setObject(1, days);
                s.setString(2, group);
                return s.executeUpdate();
              }
            })
        > 0;
  }

  @Override
  public List<LogGroup> groups(String prefix, int offset, int limit) {
    return transactions.run(
        "Listing log groups",
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "select "
                      + LogTables.GROUP_COLUMNS
                      + " from log_groups g where g.name like ?"
                      + LikePrefix.ESCAPE
                      + " order by g.name limit ? offset ?")) {
            s.setString(1, LikePrefix.of(prefix));
            s.setInt(2, limit);
            s.setInt(3, offset);
            var groups = new ArrayList<LogGroup>();
            try (var rows = s.executeQuery()) {
              while (rows.next()) {
                groups.add(LogTables.group(rows));
              }
            }
            return groups;
          }
        });
  }

  @Override
  public boolean createStream(String group, String stream, Instant createdAt) {
    return transactions.run(
            "Creating a log stream", c -> LogAppends.createStream(c, group, stream, createdAt))
        > 0;
  }

  @Override
  public boolean deleteStream(String group, String stream) {
    return update(
            "Deleting a log stream",
            "delete from log_streams where group_name = ? and name = ?",
            group,
            stream)
        > 0;
  }

  @Override
  public Optional<LogStream> stream(String group, String stream) {
    return transactions.run(
        "Reading a log stream",
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "select "
                      + LogTables.STREAM_COLUMNS
                      + " from log_streams where group_name = ? and name = ?")) {
            s.setString(1, group);
            s.setString(2, stream);
            try (var rows = s.executeQuery()) {
              return rows.next() ? Optional.of(LogTables.stream(rows)) : Optional.empty();
            }
          }
        });
  }

  @Override
  public List<LogStream> streams(
      String group, String prefix, StreamOrder order, boolean descending, int offset, int limit) {
    var direction = descending ? " desc" : "";
    var orderBy =
        switch (order) {
          case LOG_STREAM_NAME -> "name" + direction;
          case LAST_EVENT_TIME -> "coalesce(last_event_at, -1)" + direction + ", name" + direction;
        };
    return transactions.run(
        "Listing log streams",
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "select "
                      + LogTables.STREAM_COLUMNS
                      + " from log_streams where group_name = ? and name like ?"
                      + LikePrefix.ESCAPE
                      + " order by "
                      + orderBy
                      + " limit ? offset ?")) {
            s.setString(1, group);
            s.setString(2, LikePrefix.of(prefix));
            s.setInt(3, limit);
            s.setInt(4, offset);
            var streams = new ArrayList<LogStream>();
            try (var rows = s.executeQuery()) {
              while (rows.next()) {
                streams.add(LogTables.stream(rows));
              }
            }
            return streams;
          }
        });
  }

  @Override
  public void append(String group, String stream, List<LogEvent> events, Instant ingestedAt) {
    transactions.run(
        "Appending log events",
        c -> {
          LogAppends.append(c, group, stream, events, ingestedAt);
          return null;
        });
  }

  @Override
  public List<StoredEvent> read(
      EventSelection selection, EventKey after, EventKey before, boolean ascending, int limit) {
    return transactions.run(
        "Reading log events", c -> EventReads.read(c, selection, after, before, ascending, limit));
  }

  private int update(String what, String sql, String... values) {
    return transactions.run(
        what,
        c -> {
          try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
              s.setString(i + 1, values[i]);
            }
            return s.executeUpdate();
          }
        });
  }
}
