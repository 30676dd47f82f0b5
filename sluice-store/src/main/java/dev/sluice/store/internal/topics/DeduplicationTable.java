package dev.sluice.store.internal.topics;

import dev.sluice.core.topics.FifoPublish;
import dev.sluice.core.topics.Published;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/** The rows of {@code sns_fifo_dedup}: the deduplication ids of recent FIFO messages. */
final class DeduplicationTable {
  private DeduplicationTable() {}

  /** The first message with this id, when its deduplication window is still open. */
  static Optional<Published> find(Connection c, String topicArn, FifoPublish message)
      throws SQLException {
    try (var s =
        c.prepareStatement(
            "select message_id, sequence_number from sns_fifo_dedup where topic_arn = ? and"
                + " deduplication_id = ? and expires_at > ?")) {
      s.setString(1, topicArn);
      s.setString(2, message.deduplicationId());
      s.setLong(3, message.now().toEpochMilli());
      try (var row = s.executeQuery()) {
        return row.next()
            ? Optional.of(new Published(row.getString(1), row.getString(2)))
            : Optional.empty();
      }
    }
  }

  /** Records the message, replacing an expired record of the same id. */
  static void record(Connection c, String topicArn, FifoPublish message, String sequenceNumber)
      throws SQLException {
    try (var s =
        c.prepareStatement(
            "delete from sns_fifo_dedup where topic_arn = ? and deduplication_id = ?")) {
      s.setString(1, topicArn);
      s.setString(2, message.deduplicationId());
      s.executeUpdate();
    }
    try (var s =
        c.prepareStatement(
            "insert into sns_fifo_dedup (topic_arn, deduplication_id, message_id,"
                + " sequence_number, expires_at) values (?, ?, ?, ?, ?)")) {
      s.setString(1, topicArn);
      s.setString(2, message.deduplicationId());
      s.setString(3, message.messageId());
      s.setString(4, sequenceNumber);
      s.setLong(5, message.expiresAt().toEpochMilli());
      s.executeUpdate();
    }
  }

  /** Forgets the records of one topic whose window closed before {@code nowMillis}. */
  static void purge(Connection c, String topicArn, long nowMillis) throws SQLException {
    try (var s =
        c.prepareStatement("delete from sns_fifo_dedup where topic_arn = ? and expires_at <= ?")) {
      s.setString(1, topicArn);
      s.setLong(2, nowMillis);
      s.executeUpdate();
    }
  }
}
