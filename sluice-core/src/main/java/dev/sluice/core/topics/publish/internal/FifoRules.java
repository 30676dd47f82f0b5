package dev.sluice.core.topics.publish.internal;

import dev.sluice.core.result.Result;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * MessageGroupId and MessageDeduplicationId: both only for FIFO topics, where the group is required
 * and the deduplication id is required unless the topic deduplicates by content.
 */
public final class FifoRules {
  private static final int MAX_ID_LENGTH = 128;

  private FifoRules() {}

  /** The group and deduplication ids a message carries (both null on a standard topic). */
  public record Ids(String messageGroupId, String deduplicationId) {}

  public static Result<Ids> check(
      String message,
      String groupId,
      String deduplicationId,
      boolean fifoTopic,
      boolean contentBasedDeduplication) {
    if (!fifoTopic) {
      return standard(groupId, deduplicationId);
    }
    if (groupId == null) {
      return Result.err(
          SnsFailures.invalidParameter("The MessageGroupId parameter is required for FIFO topics"));
    }
    if (!isValidId(groupId)) {
      return Result.err(SnsFailures.invalidParameter(badId("MessageGroupId")));
    }
    if (deduplicationId == null) {
      return contentBasedDeduplication
          ? Result.ok(new Ids(groupId, sha256Hex(message)))
          : Result.err(
              SnsFailures.invalidParameter(
                  "The topic should either have ContentBasedDeduplication enabled or"
                      + " MessageDeduplicationId provided explicitly"));
    }
    if (!isValidId(deduplicationId)) {
      return Result.err(SnsFailures.invalidParameter(badId("MessageDeduplicationId")));
    }
    return Result.ok(new Ids(groupId, deduplicationId));
  }

  private static Result<Ids> standard(String groupId, String deduplicationId) {
    if (deduplicationId != null) {
      return Result.err(SnsFailures.invalidParameter(notForStandard("MessageDeduplicationId")));
    }
    if (groupId != null) {
      return Result.err(SnsFailures.invalidParameter(notForStandard("MessageGroupId")));
    }
    return Result.ok(new Ids(null, null));
  }

  private static String notForStandard(String parameter) {
    return "%s Reason: The request includes %s parameter that is not valid for this topic type"
        .formatted(parameter, parameter);
  }

  private static String badId(String parameter) {
    return ("%s Reason: %s can only include alphanumeric and punctuation characters."
            + " 1 to 128 in length.")
        .formatted(parameter, parameter);
  }

  /** 1 to 128 characters, each an ASCII letter, digit or punctuation mark. */
  static boolean isValidId(String id) {
    return !id.isEmpty()
        && id.length() <= MAX_ID_LENGTH
        && id.chars().allMatch(c -> c > 0x20 && c < 0x7f);
  }

  /** SNS's content-based deduplication id: the SHA-256 of the message body, in hex. */
  public static String sha256Hex(String message) {
    try {
      var digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(message.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
