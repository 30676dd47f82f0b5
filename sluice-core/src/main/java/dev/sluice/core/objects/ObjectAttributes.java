package dev.sluice.core.objects;

import java.util.Map;

/**
 * What a client sets on an object besides its bytes: the standard headers S3 stores and returns,
 * and the user metadata ({@code x-amz-meta-*}, keys lower-cased, without the prefix). Null means
 * not set.
 */
public record ObjectAttributes(
    String contentType,
    String contentEncoding,
    String contentDisposition,
    String contentLanguage,
    String cacheControl,
    String expires,
    String storageClass,
    String websiteRedirectLocation,
    Map<String, String> userMetadata) {

  public ObjectAttributes {
    userMetadata = userMetadata == null ? Map.of() : Map.copyOf(userMetadata);
  }

  public static ObjectAttributes none() {
    return new ObjectAttributes(null, null, null, null, null, null, null, null, Map.of());
  }
}
