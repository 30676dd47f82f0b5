package dev.sluice.store.internal.workflows;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code sfn_tags} table: one row per resource and key. A tag is set by updating its row, or
 * inserting it when there is none; when a concurrent writer inserted it first, the update is tried
 * again.
 */
final class TagTable {
  private static final int ROUNDS = 100;

  private TagTable() {}

  static Map<String, String> of(Connection c, String resourceArn) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "select tag_key, tag_value from sfn_tags where resource_arn = ? order by tag_key")) {
      s.setString(1, resourceArn);
      try (ResultSet rows = s.executeQuery()) {
        Map<String, String> tags = new TreeMap<>();
        while (rows.next()) {
          tags.put(rows.getString(1), rows.getString(2));
        }
        return tags;
      }
    }
  }

  static void put(Connection c, String resourceArn, Map<String, String> tags) throws SQLException {
    for (Map.Entry<String, String> tag : tags.entrySet()) {
      put(c, resourceArn, tag.getKey(), tag.getValue());
    }
  }

  private static void put(Connection c, String resourceArn, String key, String value)
      throws SQLException {
    for (int round = 0; round < ROUNDS; round++) {
      if (update(c, resourceArn, key, value) || insertIfAbsent(c, resourceArn, key, value)) {
        return;
      }
    }
    throw new IllegalStateException("Tag " + key + " kept changing under " + ROUNDS + " writes");
  }

  private static boolean update(Connection c, String resourceArn, String key, String value)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "update sfn_tags set tag_value = ? where resource_arn = ? and tag_key = ?")) {
      s.setString(1, value);
      s.setString(2, resourceArn);
      s.setString(3, key);
      return s.executeUpdate() == 1;
    }
  }

  private static boolean insertIfAbsent(Connection c, String resourceArn, String key, String value)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "insert into sfn_tags (resource_arn, tag_key, tag_value) values (?, ?, ?)"
                + " on conflict do nothing")) {
      s.setString(1, resourceArn);
      s.setString(2, key);
      s.setString(3, value);
      return s.executeUpdate() == 1;
    }
  }

  static void remove(Connection c, String resourceArn, Collection<String> keys)
      throws SQLException {
    if (keys.isEmpty()) {
      return;
    }
    try (PreparedStatement s =
        c.prepareStatement("delete from sfn_tags where resource_arn = ? and tag_key = ?")) {
      for (String key : keys) {
        s.setString(1, resourceArn);
        s.setString(2, key);
        s.addBatch();
      }
      s.executeBatch();
    }
  }

  static void removeAll(Connection c, String resourceArn) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("delete from sfn_tags where resource_arn = ?")) {
      s.setString(1, resourceArn);
      s.executeUpdate();
    }
  }

  /** Removes the tags of a machine, its versions and its aliases. */
  static void removeOfMachine(Connection c, String machineArn) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "delete from sfn_tags where resource_arn in (select arn from sfn_machines where"
                + " machine_arn = ? union select arn from sfn_aliases where machine_arn = ?)")) {
      s.setString(1, machineArn);
      s.setString(2, machineArn);
      s.executeUpdate();
    }
  }
}
