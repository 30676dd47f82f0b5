package dev.sluice.core.functions;

/** Invoke's {@code X-Amz-Invocation-Type}. */
public enum InvocationType {
  REQUEST_RESPONSE("RequestResponse"),
  EVENT("Event"),
  DRY_RUN("DryRun");

  private final String wireName;

  InvocationType(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }
}
