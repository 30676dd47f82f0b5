package dev.sluice.store.internal.logs;

import dev.sluice.core.logs.EventKey;
import dev.sluice.core.logs.EventSelection;
import dev.sluice.core.logs.StoredEvent;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The query of one read of events: the selection's conditions and the key bounds, in key order
 * either way. Served by the indexes on (group, stream, time, id) and (group, time, id).
 */
final class EventReads {
  private final StringBuilder sql = new StringBuilder();
  private final List<Object> parameters = new ArrayList<>();

  private EventReads() {}

  static List<StoredEvent> read(
      Connection connection,
      EventSelection selection,
      EventKey after,
      EventKey before,
      boolean ascending,
      int limit)
      throws SQLException {
    var reads = new EventReads();
    reads.select(selection, after, before, ascending, limit);
    return reads.run(connection);
  }

  private void select(
      EventSelection selection, EventKey after, EventKey before, boolean ascending, int limit) {
    sql.append("select ").append(LogTables.EVENT_COLUMNS);
    sql.append(" from log_events where group_name = ?");
    parameters.add(selection.group());
    if (!selection.streams().isEmpty()) {
      sql.append(" and stream_name in (")
          .append(String.join(", ", java.util.Collections.nCopies(selection.streams().size(), "?")))
          .append(')');
      parameters.addAll(selection.streams());
    }
    if (selection.streamPrefix() != null && !selection.streamPrefix().isEmpty()) {
      sql.append(" and stream_name like ?").append(LikePrefix.ESCAPE);
      parameters.add(LikePrefix.of(selection.streamPrefix()));
    }
    if (selection.startTime() != null) {
      sql.append(" and event_at >= ?");
      parameters.add(selection.startTime().toEpochMilli());
    }
    if (selection.endTime() != null) {
      sql.append(" and event_at < ?");
      parameters.add(selection.endTime().toEpochMilli());
    }
    if (after != null) {
      sql.append(" and (event_at > ? or (event_at = ? and id > ?))");
      parameters.add(after.timestamp());
      parameters.add(after.timestamp());
      parameters.add(after.id());
    }
    if (before != null) {
      sql.append(" and (event_at < ? or (event_at = ? and id < ?))");
      parameters.add(before.timestamp());
      parameters.add(before.timestamp());
      parameters.add(before.id());
    }
    var direction = ascending ? "" : " desc";
    sql.append(" order by event_at").append(direction).append(", id").append(direction);
    sql.append(" limit ?");
    parameters.add(limit);
  }

  private List<StoredEvent> run(Connection connection) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql.toString())) {
      for (int i = 0; i < parameters.size(); i++) {
        statement.setObject(i + 1, parameters.get(i));
      }
      try (var rows = statement.executeQuery()) {
        var events = new ArrayList<StoredEvent>();
        while (rows.next()) {
          events.add(LogTables.event(rows));
        }
        return events;
      }
    }
  }
}
