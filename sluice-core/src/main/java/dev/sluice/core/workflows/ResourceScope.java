package dev.sluice.core.workflows;

/** The region and account new state machines and activities are created in (their ARNs). */
public record ResourceScope(String region, String account) {

  /** {@code arn:aws:states:<region>:<account>:<type>:<name>}. */
  public String arn(String type, String name) {
    return "arn:aws:states:" + region + ":" + account + ":" + type + ":" + name;
  }
}
