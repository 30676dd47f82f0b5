package dev.sluice.store.internal.topics;

import dev.sluice.core.topics.Positioned;
import dev.sluice.core.topics.StoredTopic;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The rows of {@code sns_topics}. */
final class TopicTable {
  private TopicTable() {}

  static Optional<StoredTopic> find(Connection c, String arn) throws SQLException {
    try (var s =
        c.prepareStatement("select fifo, attributes, tags from sns_topics where arn = ?")) {
      s.setString(1, arn);
      try (var row = s.executeQuery()) {
        return row.next()
            ? Optional.of(
                new StoredTopic(
                    arn,
                    row.getBoolean(1),
                    TopicJson.attributes(row.getString(2)),
                    TopicJson.tags(row.getString(3))))
            : Optional.empty();
      }
    }
  }

  static boolean insert(Connection c, StoredTopic topic) throws SQLException {
    try (var s =
        c.prepareStatement(
            "insert into sns_topics (arn, fifo, attributes, tags) select ?, ?, ?, ? where not"
                + " exists (select 1 from sns_topics where arn = ?)")) {
      s.setString(1, topic.arn());
      s.setBoolean(2, topic.fifo());
      s.setString(3, TopicJson.write(topic.attributes()));
      s.setString(4, TopicJson.write(topic.tags()));
      s.setString(5, topic.arn());
      return s.executeUpdate() == 1;
    }
  }

  static boolean update(Connection c, StoredTopic topic) throws SQLException {
    try (var s =
        c.prepareStatement("update sns_topics set attributes = ?, tags = ? where arn = ?")) {
      s.setString(1, TopicJson.write(topic.attributes()));
      s.setString(2, TopicJson.write(topic.tags()));
      s.setString(3, topic.arn());
      return s.executeUpdate() == 1;
    }
  }

  static void delete(Connection c, String arn) throws SQLException {
    for (String sql :
        List.of(
            "delete from sns_subscriptions where topic_arn = ?",
            "delete from sns_fifo_dedup where topic_arn = ?",
            "delete from sns_topics where arn = ?")) {
      try (var s = c.prepareStatement(sql)) {
        s.setString(1, arn);
        s.executeUpdate();
      }
    }
  }

  static List<Positioned<String>> list(Connection c, long after, int limit) throws SQLException {
    try (var s =
        c.prepareStatement("select seq, arn from sns_topics where seq > ? order by seq limit ?")) {
      s.setLong(1, after);
      s.setInt(2, limit);
      try (var rows = s.executeQuery()) {
        var list = new ArrayList<Positioned<String>>();
        while (rows.next()) {
          list.add(new Positioned<>(rows.getLong(1), rows.getString(2)));
        }
        return list;
      }
    }
  }

  /** Locks the topic's row and answers its last sequence number; empty when it is gone. */
  static Optional<Long> lockSequence(Connection c, String arn) throws SQLException {
    try (var s =
        c.prepareStatement("select sequence_number from sns_topics where arn = ? for update")) {
      s.setString(1, arn);
      try (var row = s.executeQuery()) {
        return row.next() ? Optional.of(row.getLong(1)) : Optional.empty();
      }
    }
  }

  static void setSequence(Connection c, String arn, long sequence) throws SQLException {
    try (var s = c.prepareStatement("update sns_topics set sequence_number = ? where arn = ?")) {
      s.setLong(1, sequence);
      s.setString(2, arn);
      s.executeUpdate();
    }
  }
}
