package dev.sluice.core.topics.internal;

import dev.sluice.core.result.Result;
import java.util.Set;
import java.util.regex.Pattern;

/** Subscribe's protocols and the endpoint each accepts, as SNS checks them. */
final class Endpoints {
  static final Set<String> PROTOCOLS =
      Set.of(
          "http",
          "https",
          "email",
          "email-json",
          "sms",
          "sqs",
          "application",
          "lambda",
          "firehose");
  private static final Set<String> CONFIRMED_BY_ENDPOINT =
      Set.of("http", "https", "email", "email-json");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final Pattern SQS = Pattern.compile("arn:aws:sqs:[a-z0-9-]+:\\d{12}:[\\w.-]+");
  private static final Pattern LAMBDA =
      Pattern.compile("arn:aws:lambda:[a-z0-9-]+:\\d{12}:function:[\\w-]+(:[\\w$-]+)?");
  private static final Pattern FIREHOSE =
      Pattern.compile("arn:aws:firehose:[a-z0-9-]+:\\d{12}:deliverystream/[\\w.-]+");
  private static final Pattern APPLICATION =
      Pattern.compile("arn:aws:sns:[a-z0-9-]+:\\d{12}:endpoint/.+");
  private static final Pattern PHONE = Pattern.compile("\\+?[0-9]{5,15}");

  private Endpoints() {}

  /** Whether a subscription of this protocol waits for its endpoint to confirm it. */
  static boolean needsConfirmation(String protocol) {
    return CONFIRMED_BY_ENDPOINT.contains(protocol);
  }

  static Result<Void> check(String protocol, String endpoint, boolean fifoTopic) {
    if (protocol == null || !PROTOCOLS.contains(protocol)) {
      return SnsFailures.invalidParameter(
          "Amazon SNS does not support this protocol string: " + protocol);
    }
    if (fifoTopic && !protocol.equals("sqs")) {
      return SnsFailures.invalidParameter("Invalid protocol type: " + protocol);
    }
    if (endpoint == null || endpoint.isEmpty()) {
      return SnsFailures.invalidParameter("Endpoint");
    }
    boolean valid =
        switch (protocol) {
          case "http" -> endpoint.startsWith("http://");
          case "https" -> endpoint.startsWith("https://");
          case "email", "email-json" -> EMAIL.matcher(endpoint).matches();
          case "sqs" -> SQS.matcher(endpoint).matches();
          case "lambda" -> LAMBDA.matcher(endpoint).matches();
          case "firehose" -> FIREHOSE.matcher(endpoint).matches();
          case "application" -> APPLICATION.matcher(endpoint).matches();
          default -> PHONE.matcher(endpoint).matches();
        };
    if (!valid) {
      return SnsFailures.invalidParameter(endpointReason(protocol));
    }
    return protocol.equals("sqs") ? checkQueueKind(endpoint, fifoTopic) : Result.ok(null);
  }

  /** FIFO topics deliver to FIFO queues only, standard topics to standard queues only. */
  private static Result<Void> checkQueueKind(String queueArn, boolean fifoTopic) {
    boolean fifoQueue = queueArn.endsWith(".fifo");
    if (fifoQueue && !fifoTopic) {
      return SnsFailures.invalidParameter(
          "Endpoint Reason: FIFO SQS Queues can not be subscribed to standard SNS topics");
    }
    if (!fifoQueue && fifoTopic) {
      return SnsFailures.invalidParameter("Endpoint Reason: Please use FIFO SQS queue");
    }
    return Result.ok(null);
  }

  private static String endpointReason(String protocol) {
    return switch (protocol) {
      case "http", "https" -> "Endpoint must match the specified protocol";
      case "email", "email-json" -> "Email address";
      case "sqs" -> "SQS endpoint ARN";
      case "lambda" -> "Lambda endpoint ARN";
      case "firehose" -> "Firehose endpoint ARN";
      case "application" -> "Application endpoint ARN";
      default -> "SMS endpoint";
    };
  }
}
