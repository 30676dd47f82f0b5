package dev.sluice.core.workflows.engine;

/** Reads the parts of Step Functions ARNs the engine needs. */
final class Arns {
  private Arns() {}

  /** The region of {@code arn:aws:states:<region>:<account>:...}. */
  static String region(String arn) {
    return part(arn, 3);
  }

  /** The account of {@code arn:aws:states:<region>:<account>:...}. */
  static String account(String arn) {
    return part(arn, 4);
  }

  private static String part(String arn, int index) {
    String[] parts = arn.split(":", index + 2);
    return parts.length > index ? parts[index] : "";
  }
}
