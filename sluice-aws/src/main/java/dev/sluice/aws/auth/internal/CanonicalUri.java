package dev.sluice.aws.auth.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The path line of a canonical request. S3 encodes the path once and never normalizes it; every
 * other service removes {@code .} and {@code ..} segments and encodes the (already encoded) path a
 * second time. Clients escape paths slightly differently, so two forms are offered: the strict
 * SigV4 form (escapes decoded and applied again) first, then the path exactly as sent.
 */
public final class CanonicalUri {

  private CanonicalUri() {}

  public static List<String> candidates(String rawPath, boolean s3) {
    var path = rawPath == null || rawPath.isEmpty() ? "/" : rawPath;
    if (!path.startsWith("/")) {
      path = "/" + path;
    }
    var forms = new LinkedHashSet<String>();
    if (s3) {
      forms.add(UriEncoding.reencode(path, true));
      forms.add(path);
    } else {
      var normalized = removeDotSegments(path);
      forms.add(UriEncoding.encode(UriEncoding.reencode(normalized, true), true));
      forms.add(UriEncoding.encode(normalized, true));
    }
    return List.copyOf(forms);
  }

  /** RFC 3986 dot-segment removal; empty segments ({@code //}) stay, as the AWS SDKs keep them. */
  static String removeDotSegments(String path) {
    if (!path.contains("/.")) {
      return path;
    }
    var segments = path.substring(1).split("/", -1);
    var kept = new ArrayList<String>();
    boolean trailingSlash = false;
    for (int i = 0; i < segments.length; i++) {
      var segment = segments[i];
      boolean last = i == segments.length - 1;
      if (segment.equals(".") || segment.equals("..")) {
        if (segment.equals("..") && !kept.isEmpty()) {
          kept.remove(kept.size() - 1);
        }
        trailingSlash = last;
      } else {
        kept.add(segment);
      }
    }
    var normalized = "/" + String.join("/", kept);
    return trailingSlash && !normalized.endsWith("/") ? normalized + "/" : normalized;
  }
}
