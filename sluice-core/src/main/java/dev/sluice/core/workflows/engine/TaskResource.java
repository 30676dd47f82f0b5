package dev.sluice.core.workflows.engine;

/**
 * A Task state's {@code Resource}, classified.
 *
 * @param arn the resource as written
 * @param style how its events are named
 * @param resourceType the service part shown in Task* events ({@code lambda}, {@code aws-sdk:s3},
 *     {@code states}); for function and activity ARNs the ARN itself
 * @param action the action without its suffix ({@code invoke}, {@code getObject}, {@code
 *     startExecution})
 * @param pattern the integration pattern
 */
public record TaskResource(
    String arn, Style style, String resourceType, String action, Pattern pattern) {

  /** How the task's history events are named. */
  public enum Style {
    /** A Lambda function ARN: LambdaFunction* events. */
    FUNCTION,
    /** An activity ARN: Activity* events. */
    ACTIVITY,
    /** {@code arn:aws:states:::<service>:<action>}: Task* events. */
    SERVICE
  }

  /** Request-response, wait for a task token, or run to completion. */
  public enum Pattern {
    REQUEST_RESPONSE,
    WAIT_FOR_TASK_TOKEN,
    SYNC,
    SYNC_2
  }

  private static final String SERVICE_PREFIX = "arn:aws:states:::";

  /** The {@code resource} member of Task* events: the action with its pattern suffix. */
  public String resource() {
    return switch (pattern) {
      case REQUEST_RESPONSE -> action;
      case WAIT_FOR_TASK_TOKEN -> action + ".waitForTaskToken";
      case SYNC -> action + ".sync";
      case SYNC_2 -> action + ".sync:2";
    };
  }

  /** Classifies {@code arn}. */
  public static TaskResource parse(String arn) {
    if (arn.startsWith(SERVICE_PREFIX)) {
      String rest = arn.substring(SERVICE_PREFIX.length());
      Pattern pattern = Pattern.REQUEST_RESPONSE;
      if (rest.endsWith(".waitForTaskToken")) {
        pattern = Pattern.WAIT_FOR_TASK_TOKEN;
        rest = rest.substring(0, rest.length() - ".waitForTaskToken".length());
      } else if (rest.endsWith(".sync:2")) {
        pattern = Pattern.SYNC_2;
        rest = rest.substring(0, rest.length() - ".sync:2".length());
      } else if (rest.endsWith(".sync")) {
        pattern = Pattern.SYNC;
        rest = rest.substring(0, rest.length() - ".sync".length());
      }
      int colon = rest.lastIndexOf(':');
      String type = colon < 0 ? rest : rest.substring(0, colon);
      String action = colon < 0 ? "" : rest.substring(colon + 1);
      return new TaskResource(arn, Style.SERVICE, type, action, pattern);
    }
    if (arn.contains(":activity:")) {
      return new TaskResource(arn, Style.ACTIVITY, arn, "", Pattern.WAIT_FOR_TASK_TOKEN);
    }
    return new TaskResource(arn, Style.FUNCTION, arn, "invoke", Pattern.REQUEST_RESPONSE);
  }
}
