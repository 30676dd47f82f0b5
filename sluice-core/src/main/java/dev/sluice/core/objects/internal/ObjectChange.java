package dev.sluice.core.objects.internal;

import dev.sluice.core.objects.NotificationEventNames;
import dev.sluice.core.objects.ObjectRecord;

/**
 * A change to one key that S3 reports in notifications.
 *
 * @param eventType e.g. {@code s3:ObjectCreated:Put}
 * @param size the new object's size; null for removals
 * @param etag the new object's ETag without quotes; null for removals
 */
record ObjectChange(String eventType, String key, Long size, String etag, String sequencer) {

  /** The creation of {@code record}'s object, as event {@code eventType}. */
  static ObjectChange created(String eventType, ObjectRecord record) {
    return new ObjectChange(
        eventType, record.key(), record.size(), Etags.unquote(record.etag()), record.sequencer());
  }

  static ObjectChange removed(String key, String sequencer) {
    return new ObjectChange(NotificationEventNames.REMOVED_DELETE, key, null, null, sequencer);
  }
}
