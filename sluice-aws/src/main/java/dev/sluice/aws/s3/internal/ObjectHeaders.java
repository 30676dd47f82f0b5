package dev.sluice.aws.s3.internal;

import dev.sluice.aws.http.Headers;
import dev.sluice.core.objects.ObjectAttributes;
import dev.sluice.core.result.Result;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The headers S3 stores with an object and returns on GetObject/HeadObject: the standard content
 * headers, storage class, website redirect and user metadata ({@code x-amz-meta-*}).
 */
public final class ObjectHeaders {
  private static final String META = "x-amz-meta-";
  private static final List<String> STORAGE_CLASSES =
      List.of(
          "STANDARD",
          "REDUCED_REDUNDANCY",
          "STANDARD_IA",
          "ONEZONE_IA",
          "INTELLIGENT_TIERING",
          "GLACIER",
          "DEEP_ARCHIVE",
          "OUTPOSTS",
          "GLACIER_IR",
          "SNOW",
          "EXPRESS_ONEZONE",
          "FSX_OPENZFS",
          "FSX_ONTAP",
          "AWS_BACKUP_WARM",
          "AWS_BACKUP_LOW_COST_WARM");

  private ObjectHeaders() {}

  /** The attributes a PutObject, CopyObject (REPLACE) or CreateMultipartUpload sets. */
  public static Result<ObjectAttributes> read(Headers headers) {
    var storageClass = headers.first("x-amz-storage-class");
    if (storageClass != null && !STORAGE_CLASSES.contains(storageClass)) {
      return Result.err(S3Errors.invalidStorageClass(storageClass));
    }
    return Result.ok(
        new ObjectAttributes(
            headers.first("Content-Type"),
            contentEncoding(headers.first("Content-Encoding")),
            headers.first("Content-Disposition"),
            headers.first("Content-Language"),
            headers.first("Cache-Control"),
            headers.first("Expires"),
            storageClass,
            headers.first("x-amz-website-redirect-location"),
            userMetadata(headers)));
  }

  /** Writes the stored attributes as response headers; Content-Type defaults as S3's does. */
  public static void write(ObjectAttributes attributes, Headers out) {
    out.set(
        "Content-Type",
        attributes.contentType() != null ? attributes.contentType() : "binary/octet-stream");
    setIfPresent(out, "Content-Encoding", attributes.contentEncoding());
    setIfPresent(out, "Content-Disposition", attributes.contentDisposition());
    setIfPresent(out, "Content-Language", attributes.contentLanguage());
    setIfPresent(out, "Cache-Control", attributes.cacheControl());
    setIfPresent(out, "Expires", attributes.expires());
    if (attributes.storageClass() != null && !attributes.storageClass().equals("STANDARD")) {
      out.set("x-amz-storage-class", attributes.storageClass());
    }
    setIfPresent(out, "x-amz-website-redirect-location", attributes.websiteRedirectLocation());
    attributes.userMetadata().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> out.set(META + e.getKey(), e.getValue()));
  }

  /** The storage class S3 lists for an object. */
  public static String storageClass(ObjectAttributes attributes) {
    return attributes.storageClass() != null ? attributes.storageClass() : "STANDARD";
  }

  /** Content-Encoding without the {@code aws-chunked} token, or null when nothing remains. */
  static String contentEncoding(String header) {
    if (header == null) {
      return null;
    }
    var kept =
        Arrays.stream(header.split(","))
            .map(String::trim)
            .filter(t -> !t.isEmpty() && !t.equalsIgnoreCase("aws-chunked"))
            .collect(Collectors.joining(","));
    return kept.isEmpty() ? null : kept;
  }

  private static Map<String, String> userMetadata(Headers headers) {
    var metadata = new LinkedHashMap<String, String>();
    for (var name : headers.names()) {
      if (name.startsWith(META) && name.length() > META.length()) {
        var key = name.substring(META.length()).toLowerCase(Locale.ROOT);
        metadata.put(key, String.join(",", headers.all(name)));
      }
    }
    return metadata;
  }

  private static void setIfPresent(Headers out, String name, String value) {
    if (value != null) {
      out.set(name, value);
    }
  }
}
