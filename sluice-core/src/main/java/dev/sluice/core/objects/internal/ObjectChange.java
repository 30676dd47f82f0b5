package dev.sluice.core.objects.internal;

/**
 * A change to one key that S3 reports in notifications.
 *
 * @param eventType e.g. {@code s3:ObjectCreated:Put}
 * @param size the new object's size; null for removals
 * @param etag the new object's ETag without quotes; null for removals
 */
record ObjectChange(String eventType, String key, Long size, String etag, String sequencer) {

  static ObjectChange created(
      String eventType, String key, long size, String quotedEtag, String sequencer) {
    return new ObjectChange(eventType, key, size, Etags.unquote(quotedEtag), sequencer);
  }

  static ObjectChange removed(String key, String sequencer) {
    return new ObjectChange(EventNames.REMOVED_DELETE, key, null, null, sequencer);
  }
}
