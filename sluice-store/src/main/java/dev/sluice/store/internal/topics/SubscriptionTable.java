package dev.sluice.store.internal.topics;

import dev.sluice.core.topics.Positioned;
import dev.sluice.core.topics.StoredSubscription;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The rows of {@code sns_subscriptions}. */
final class SubscriptionTable {
  private static final String COLUMNS =
      "select seq, arn, topic_arn, protocol, endpoint, owner, confirmed, token, attributes from"
          + " sns_subscriptions ";

  private SubscriptionTable() {}

  static Optional<StoredSubscription> find(Connection c, String arn) throws SQLException {
    try (var s = c.prepareStatement(COLUMNS + "where arn = ?")) {
      s.setString(1, arn);
      List<Positioned<StoredSubscription>> rows = read(s);
      return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0).value());
    }
  }

  static List<Positioned<StoredSubscription>> list(
      Connection c, String topicArn, long after, int limit) throws SQLException {
    String where = topicArn == null ? "where seq > ? " : "where topic_arn = ? and seq > ? ";
    try (var s = c.prepareStatement(COLUMNS + where + "order by seq limit ?")) {
      int i = 1;
      if (topicArn != null) {
        s.setString(i++, topicArn);
      }
      s.setLong(i++, after);
      s.setInt(i, limit);
      return read(s);
    }
  }

  static boolean insert(Connection c, StoredSubscription sub) throws SQLException {
    try (var s =
        c.prepareStatement(
            "insert into sns_subscriptions (arn, topic_arn, protocol, endpoint, owner, confirmed,"
                + " token, attributes) select ?, ?, ?, ?, ?, ?, ?, ? where exists (select 1 from"
                + " sns_topics where arn = ?)")) {
      s.setString(1, sub.arn());
      s.setString(2, sub.topicArn());
      s.setString(3, sub.protocol());
      s.setString(4, sub.endpoint());
      s.setString(5, sub.owner());
      s.setBoolean(6, sub.confirmed());
      s.setString(7, sub.token());
      s.setString(8, TopicJson.write(sub.attributes()));
      s.setString(9, sub.topicArn());
      return s.executeUpdate() == 1;
    }
  }

  static boolean update(Connection c, StoredSubscription sub) throws SQLException {
    try (var s =
        c.prepareStatement(
            "update sns_subscriptions set confirmed = ?, token = ?, attributes = ? where arn = ?")) {
      s.setBoolean(1, sub.confirmed());
      s.setString(2, sub.token());
      s.setString(3, TopicJson.write(sub.attributes()));
      s.setString(4, sub.arn());
      return s.executeUpdate() == 1;
    }
  }

  static boolean delete(Connection c, String arn) throws SQLException {
    try (var s = c.prepareStatement("delete from sns_subscriptions where arn = ?")) {
      s.setString(1, arn);
      return s.executeUpdate() == 1;
    }
  }

  private static List<Positioned<StoredSubscription>> read(PreparedStatement s)
      throws SQLException {
    try (ResultSet rows = s.executeQuery()) {
      var list = new ArrayList<Positioned<StoredSubscription>>();
      while (rows.next()) {
        list.add(
            new Positioned<>(
                rows.getLong(1),
                new StoredSubscription(
                    rows.getString(2),
                    rows.getString(3),
                    rows.getString(4),
                    rows.getString(5),
                    rows.getString(6),
                    rows.getBoolean(7),
                    rows.getString(8),
                    TopicJson.attributes(rows.getString(9)))));
      }
      return list;
    }
  }
}
