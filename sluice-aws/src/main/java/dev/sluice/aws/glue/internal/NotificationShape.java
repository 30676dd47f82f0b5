package dev.sluice.aws.glue.internal;

/** The wire's {@code NotificationProperty}: minutes after which a running job notifies. */
public record NotificationShape(Integer notifyDelayAfter) {

  /** Checks a notification property named {@code member}: a delay of at least one minute. */
  public static Constraints check(
      Constraints constraints, NotificationShape notification, String member) {
    return notification == null
        ? constraints
        : constraints.atLeast(notification.notifyDelayAfter(), member + ".notifyDelayAfter", 1);
  }

  public static Integer delay(NotificationShape notification) {
    return notification == null ? null : notification.notifyDelayAfter();
  }
}
