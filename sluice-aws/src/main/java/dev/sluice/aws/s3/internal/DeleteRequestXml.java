package dev.sluice.aws.s3.internal;

import dev.sluice.aws.s3.internal.xml.XmlElement;
import dev.sluice.core.objects.S3Failures;
import dev.sluice.core.result.Result;
import java.util.ArrayList;
import java.util.List;

/**
 * DeleteObjects' {@code <Delete><Quiet/><Object><Key/><VersionId/></Object>...</Delete>}: one to
 * 1000 objects, each with a key.
 */
public record DeleteRequestXml(List<String> keys, boolean quiet) {
  public static final String ROOT = "Delete";
  static final int MAX_OBJECTS = 1000;

  public DeleteRequestXml {
    keys = List.copyOf(keys);
  }

  public static Result<DeleteRequestXml> parse(XmlElement root) {
    var objects = root.children("Object");
    if (objects.isEmpty() || objects.size() > MAX_OBJECTS) {
      return Result.err(S3Failures.malformedXml());
    }
    var keys = new ArrayList<String>(objects.size());
    for (var object : objects) {
      var key = object.childText("Key");
      if (key == null) {
        return Result.err(S3Failures.malformedXml());
      }
      keys.add(key);
    }
    var quiet = root.childText("Quiet");
    return Result.ok(new DeleteRequestXml(keys, quiet != null && quiet.trim().equals("true")));
  }
}
