package dev.sluice.store.internal.objects;

import dev.sluice.core.objects.ObjectCatalog.ConditionalPut;
import dev.sluice.core.objects.ObjectRecord;
import dev.sluice.core.objects.Part;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Optional;

/**
 * Insert-or-replace without {@code ON CONFLICT DO UPDATE} (H2 lacks it): lock the current row and
 * update it, or insert with {@code ON CONFLICT DO NOTHING}; when a concurrent transaction inserted
 * the key first, go round again and replace its row.
 */
final class ObjectWrites {
  private static final int ROUNDS = 100;

  private final ObjectTable objects;

  ObjectWrites(ObjectTable objects) {
    this.objects = objects;
  }

  /** Stores the record; returns the one it replaced. */
  Optional<ObjectRecord> put(Connection c, ObjectRecord record) throws SQLException {
    byte[] key = ObjectKeys.bytes(record.key());
    for (int round = 0; round < ROUNDS; round++) {
      Optional<ObjectRecord> current = objects.find(c, record.bucket(), key, true);
      if (current.isPresent()) {
        objects.update(c, record);
        return current;
      }
      if (objects.insertIfAbsent(c, record)) {
        return Optional.empty();
      }
    }
    throw new IllegalStateException("Key kept changing under " + ROUNDS + " attempts to store it");
  }

  /** Stores the record if the key's ETag is {@code expectedEtag} (null: if it does not exist). */
  ConditionalPut putIf(Connection c, ObjectRecord record, String expectedEtag) throws SQLException {
    byte[] key = ObjectKeys.bytes(record.key());
    Optional<ObjectRecord> current = objects.find(c, record.bucket(), key, true);
    if (expectedEtag == null) {
      boolean stored = current.isEmpty() && objects.insertIfAbsent(c, record);
      return new ConditionalPut(stored, Optional.empty());
    }
    if (current.isEmpty() || !Objects.equals(current.get().etag(), expectedEtag)) {
      return new ConditionalPut(false, Optional.empty());
    }
    objects.update(c, record);
    return new ConditionalPut(true, current);
  }

  /** Stores the part; returns the one with the same number it replaced. */
  Optional<Part> putPart(Connection c, PartTable parts, Part part) throws SQLException {
    for (int round = 0; round < ROUNDS; round++) {
      Optional<Part> current = parts.find(c, part.uploadId(), part.partNumber());
      if (current.isPresent()) {
        parts.update(c, part);
        return current;
      }
      if (parts.insertIfAbsent(c, part)) {
        return Optional.empty();
      }
    }
    throw new IllegalStateException("Part kept changing under " + ROUNDS + " attempts to store it");
  }
}
