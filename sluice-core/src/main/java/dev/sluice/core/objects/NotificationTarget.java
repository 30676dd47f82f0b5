package dev.sluice.core.objects;

/** The kinds of destination a bucket notification can have, and the service that consumes each. */
public enum NotificationTarget {
  LAMBDA("lambda"),
  TOPIC("sns"),
  QUEUE("sqs");

  private final String service;

  NotificationTarget(String service) {
    this.service = service;
  }

  /** The outbox service key events for this kind of target are routed by. */
  public String service() {
    return service;
  }
}
