package dev.sluice.aws.s3.internal;

import dev.sluice.aws.s3.internal.xml.XmlReader;
import dev.sluice.core.result.Result;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * CreateBucket's optional {@code <CreateBucketConfiguration><LocationConstraint/>}: the region of
 * the new bucket. Without a body or constraint the bucket goes to the caller's region; an empty
 * constraint is {@code us-east-1} and {@code EU} is {@code eu-west-1}, as in S3.
 */
public final class CreateBucketConfigurationXml {
  private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d+");

  private CreateBucketConfigurationXml() {}

  public static Result<String> region(byte[] body, String callerRegion) {
    if (new String(body, StandardCharsets.UTF_8).isBlank()) {
      return Result.ok(callerRegion);
    }
    return XmlReader.parse(body, "CreateBucketConfiguration")
        .flatMap(
            root -> {
              var constraint = root.childText("LocationConstraint");
              if (constraint == null) {
                return Result.ok(callerRegion);
              }
              var value = constraint.trim();
              if (value.isEmpty()) {
                return Result.ok("us-east-1");
              }
              if (value.equals("EU")) {
                return Result.ok("eu-west-1");
              }
              return REGION.matcher(value).matches()
                  ? Result.ok(value)
                  : Result.err(S3Errors.invalidLocationConstraint(value));
            });
  }
}
