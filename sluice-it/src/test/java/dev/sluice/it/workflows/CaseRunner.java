package dev.sluice.it.workflows;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.asl.conformance.CaseFiles;
import dev.sluice.asl.conformance.CaseMatch;
import dev.sluice.it.support.S3Clients;
import dev.sluice.it.support.StepFunctionsClients;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import software.amazon.awssdk.services.sfn.model.LoggingConfiguration;
import software.amazon.awssdk.services.sfn.model.SfnException;
import software.amazon.awssdk.services.sfn.model.StartSyncExecutionResponse;
import software.amazon.awssdk.services.sfn.model.StateMachineType;
import software.amazon.awssdk.services.sns.SnsClient;

/**
 * Runs one recorded case against Sluice through the SDK, as the conformance README says: creates
 * the resources its tokens name, the machine, starts the execution, waits for its end and compares.
 */
final class CaseRunner {
  static final String ACCOUNT = "000000000000";

  private final SfnClient sfn;
  private final LambdaClient lambda;
  private final S3Client s3;
  private final SnsClient sns;
  private final Runnable advanceTime;
  private final ExpressOutcomes express;
  private final CaseMatch match = new CaseMatch(ACCOUNT);
  private final Map<String, String> functions = new ConcurrentHashMap<>();

  CaseRunner(
      SfnClient sfn,
      LambdaClient lambda,
      S3Client s3,
      SnsClient sns,
      CloudWatchLogsClient logs,
      Runnable advanceTime) {
    this.sfn = sfn;
    this.express = new ExpressOutcomes(logs);
    this.lambda = lambda;
    this.s3 = s3;
    this.sns = sns;
    this.advanceTime = advanceTime;
  }

  /** The SNS client the setup of service cases uses. */
  static SnsClient sns(java.net.URI endpoint) {
    return SnsClient.builder()
        .endpointOverride(endpoint)
        .region(software.amazon.awssdk.regions.Region.US_EAST_1)
        .credentialsProvider(S3Clients.credentials(S3Clients.ACCESS_KEY, S3Clients.SECRET_KEY))
        .build();
  }

  /** Null when Sluice did what AWS recorded, else what differs. */
  String run(JsonNode testCase) {
    try {
      Tokens tokens = resources(testCase);
      JsonNode expected = testCase.path("expected");
      return switch (expected.path("status").asText()) {
        case "VALIDATION_ERROR" -> validationError(testCase, tokens);
        case "VALIDATION_RESULT" -> validationResult(testCase, tokens);
        default -> execute(testCase, tokens);
      };
    } catch (SfnException e) {
      return "call failed: "
          + e.awsErrorDetails().errorCode()
          + ": "
          + e.awsErrorDetails().errorMessage();
    } catch (RuntimeException e) {
      return "runner failed: " + e;
    }
  }

  private Tokens resources(JsonNode testCase) {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    Tokens tokens = new Tokens(ACCOUNT, "us-east-1");
    for (JsonNode resource : testCase.path("resources")) {
      String id = resource.path("id").asText();
      switch (resource.path("kind").asText()) {
        case "lambda" -> {
          String handler = resource.path("handler").asText();
          String name =
              functions.computeIfAbsent(
                  handler,
                  h -> {
                    String created = "case-" + h.replace('_', '-');
                    CaseFunctions.create(lambda, created, h);
                    return created;
                  });
          tokens.put("lambda:" + id + ":name", name);
          tokens.put(
              "lambda:" + id + ":arn", "arn:aws:lambda:us-east-1:" + ACCOUNT + ":function:" + name);
        }
        case "statemachine" -> {
          String arn =
              sfn.createStateMachine(
                      b ->
                          b.name("nested-" + id + "-" + suffix)
                              .definition(tokens.apply(resource.path("definition").toString()))
                              .roleArn(StepFunctionsClients.ROLE)
                              .type(
                                  StateMachineType.fromValue(
                                      resource.path("type").asText("STANDARD"))))
                  .stateMachineArn();
          tokens.put("statemachine:" + id + ":arn", arn);
        }
        case "activity" -> {
          String arn =
              sfn.createActivity(b -> b.name("activity-" + id + "-" + suffix)).activityArn();
          tokens.put("activity:" + id + ":arn", arn);
        }
        case "s3" -> {
          tokens.put("s3:" + id + ":name", "case-" + id.toLowerCase() + "-" + suffix);
        }
        case "sns" -> {
          String name = "case-" + id.toLowerCase() + "-" + suffix + (fifo(testCase) ? ".fifo" : "");
          tokens.put("sns:" + id + ":name", name);
          tokens.put("sns:" + id + ":arn", "arn:aws:sns:us-east-1:" + ACCOUNT + ":" + name);
        }
        default -> tokens.put(resource.path("kind").asText() + ":" + id + ":arn", "unsupported");
      }
    }
    java.util.regex.Matcher activity =
        java.util.regex.Pattern.compile("\\{\\{activity:(\\w+):arn}}")
            .matcher(testCase.path("definition").toString());
    while (activity.find()) {
      String id = activity.group(1);
      String arn = sfn.createActivity(b -> b.name("activity-" + id + "-" + suffix)).activityArn();
      tokens.put("activity:" + id + ":arn", arn);
    }
    CaseSetup.apply(testCase.path("setup"), tokens, s3, sns);
    return tokens;
  }

  /**
   * Whether the case's topics are FIFO topics. The recordings keep only a token for a topic's name
   * (which ended in {@code .fifo} and was created with {@code FifoTopic=true}); the case's name
   * tells.
   */
  private static boolean fifo(JsonNode testCase) {
    return testCase.path("name").asText().contains("fifo");
  }

  private String validationError(JsonNode testCase, Tokens tokens) {
    JsonNode expected = testCase.path("expected");
    try {
      sfn.createStateMachine(
          b ->
              b.name("case-" + UUID.randomUUID().toString().substring(0, 8))
                  .definition(definition(testCase, tokens))
                  .roleArn(StepFunctionsClients.ROLE)
                  .type(type(testCase)));
      return "created, expected " + expected.path("error").asText();
    } catch (SfnException e) {
      String code = e.awsErrorDetails().errorCode();
      String message = e.awsErrorDetails().errorMessage();
      if (!code.equals(expected.path("error").asText())) {
        return "error " + code + " != " + expected.path("error").asText();
      }
      return message.equals(expected.path("message").asText())
          ? null
          : "message " + message + " != " + expected.path("message").asText();
    }
  }

  private String validationResult(JsonNode testCase, Tokens tokens) {
    JsonNode expected = testCase.path("expected");
    var response =
        sfn.validateStateMachineDefinition(
            b -> b.definition(definition(testCase, tokens)).type(type(testCase)));
    JsonNode actual =
        CaseFiles.JSON.valueToTree(
            response.diagnostics().stream()
                .map(
                    d ->
                        Map.of(
                            "code",
                            d.code(),
                            "location",
                            d.location(),
                            "message",
                            d.message(),
                            "severity",
                            d.severityAsString()))
                .toList());
    if (!response.resultAsString().equals(expected.path("result").asText())) {
      return "result "
          + response.resultAsString()
          + " "
          + actual
          + " != "
          + expected.path("result").asText();
    }
    return match.matches(actual, expected.path("diagnostics"))
        ? null
        : "diagnostics " + actual + " != " + expected.path("diagnostics");
  }

  private String execute(JsonNode testCase, Tokens tokens) {
    boolean sync = testCase.path("start").asText().equals("StartSyncExecution");
    LoggingConfiguration logging =
        type(testCase) == StateMachineType.EXPRESS && !sync ? express.newGroup() : null;
    String machine =
        sfn.createStateMachine(
                b ->
                    b.name("case-" + UUID.randomUUID().toString().substring(0, 8))
                        .definition(definition(testCase, tokens))
                        .roleArn(StepFunctionsClients.ROLE)
                        .type(type(testCase))
                        .loggingConfiguration(logging))
            .stateMachineArn();
    String input =
        testCase.path("input_omitted").asBoolean()
            ? null
            : tokens.apply(testCase.path("input").toString());
    String name = testCase.path("execution_name").asText(null);
    JsonNode expected = testCase.path("expected");
    if (sync) {
      StartSyncExecutionResponse ended =
          sfn.startSyncExecution(b -> b.stateMachineArn(machine).input(input).name(name));
      return match.verdict(
          expected, ended.statusAsString(), ended.output(), ended.error(), ended.cause());
    }
    String execution =
        sfn.startExecution(b -> b.stateMachineArn(machine).input(input).name(name)).executionArn();
    if (logging != null) {
      ExpressOutcomes.Outcome outcome = awaitLogged(logging, execution, testCase);
      return outcome == null
          ? "no end event logged for " + execution
          : match.verdict(
              expected, outcome.status(), outcome.output(), outcome.error(), outcome.cause());
    }
    DescribeExecutionResponse ended = awaitEnd(execution, testCase);
    String verdict =
        match.verdict(
            expected, ended.statusAsString(), ended.output(), ended.error(), ended.cause());
    if (verdict != null || !expected.has("history") || type(testCase) == StateMachineType.EXPRESS) {
      return verdict;
    }
    return historyVerdict(expected, execution);
  }

  private DescribeExecutionResponse awaitEnd(String execution, JsonNode testCase) {
    long started = System.nanoTime();
    long advanced = 0;
    while (true) {
      DescribeExecutionResponse described = sfn.describeExecution(b -> b.executionArn(execution));
      if (described.status() != ExecutionStatus.RUNNING) {
        return described;
      }
      long waited = (System.nanoTime() - started) / 1_000_000;
      if (waited > 30_000) {
        return described;
      }
      if (waited > 1_500 && waited - advanced > 3_000 && Timed.needsTime(testCase)) {
        advanceTime.run();
        advanced = waited;
      }
      sleep(waited < 1000 ? 20 : 100);
    }
  }

  private ExpressOutcomes.Outcome awaitLogged(
      LoggingConfiguration logging, String execution, JsonNode testCase) {
    long started = System.nanoTime();
    long advanced = 0;
    while (true) {
      ExpressOutcomes.Outcome outcome = express.ended(logging, execution);
      long waited = (System.nanoTime() - started) / 1_000_000;
      if (outcome != null || waited > 30_000) {
        return outcome;
      }
      if (waited > 1_500 && waited - advanced > 3_000 && Timed.needsTime(testCase)) {
        advanceTime.run();
        advanced = waited;
      }
      sleep(waited < 1000 ? 20 : 100);
    }
  }

  private String historyVerdict(JsonNode expected, String execution) {
    List<String> wanted = new ArrayList<>();
    expected.path("history").forEach(e -> wanted.add(e.path("type").asText()));
    List<String> got = new ArrayList<>();
    List<HistoryEvent> events = new ArrayList<>();
    for (HistoryEvent event :
        sfn.getExecutionHistoryPaginator(b -> b.executionArn(execution)).events()) {
      got.add(event.typeAsString());
      events.add(event);
    }
    if (expected.path("history_parallel_events_sorted").asBoolean()) {
      return SortedHistory.matches(expected.path("history"), got)
          ? null
          : "history " + got + " != " + wanted;
    }
    if (!wanted.equals(got)) {
      return "history " + got + " != " + wanted;
    }
    return HistoryDetails.verdict(expected.path("history"), events, match);
  }

  private static String definition(JsonNode testCase, Tokens tokens) {
    JsonNode definition = testCase.path("definition");
    return tokens.apply(definition.isTextual() ? definition.asText() : definition.toString());
  }

  private static StateMachineType type(JsonNode testCase) {
    return StateMachineType.fromValue(testCase.path("state_machine_type").asText("STANDARD"));
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
