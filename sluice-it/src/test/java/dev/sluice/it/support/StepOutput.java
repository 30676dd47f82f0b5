package dev.sluice.it.support;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * A step's output directory read back through S3: the names under the prefix and the text of each
 * {@code part-} file, in name order.
 */
public record StepOutput(List<String> names, Map<String, String> parts) {

  /** Everything under {@code s3://bucket/prefix/}. */
  public static StepOutput read(S3Client s3, String bucket, String prefix) {
    var directory = prefix.endsWith("/") ? prefix : prefix + "/";
    var names =
        s3.listObjectsV2Paginator(b -> b.bucket(bucket).prefix(directory)).contents().stream()
            .map(S3Object::key)
            .map(key -> key.substring(directory.length()))
            .sorted()
            .toList();
    var parts = new LinkedHashMap<String, String>();
    for (var name : names) {
      if (name.startsWith("part-")) {
        parts.put(
            name,
            s3.getObjectAsBytes(b -> b.bucket(bucket).key(directory + name))
                .asString(StandardCharsets.UTF_8));
      }
    }
    return new StepOutput(names, parts);
  }

  /** The lines of all parts, in part order. */
  public List<String> lines() {
    return parts.values().stream().flatMap(String::lines).toList();
  }

  /** {@code key<TAB>value} lines of all parts as a map; a key in two lines (or two parts) fails. */
  public Map<String, String> keyValues() {
    var map = new LinkedHashMap<String, String>();
    for (var line : lines()) {
      var tab = line.indexOf('\t');
      var key = tab < 0 ? line : line.substring(0, tab);
      var previous = map.put(key, tab < 0 ? "" : line.substring(tab + 1));
      if (previous != null) {
        throw new AssertionError("key " + key + " appears twice in " + parts.keySet());
      }
    }
    return map;
  }
}
