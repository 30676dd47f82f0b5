package dev.sluice.core.objects;

/** CopyObject's {@code x-amz-metadata-directive}. */
public enum MetadataDirective {
  COPY,
  REPLACE
}
