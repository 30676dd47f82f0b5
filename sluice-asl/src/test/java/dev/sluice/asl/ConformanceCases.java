package dev.sluice.asl;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which of the recorded AWS cases ({@link dev.sluice.asl.conformance.CaseFiles}) the interpreter
 * covers, and a case's definition as run here.
 */
final class ConformanceCases {
  /** Features the interpreter implements for a whole execution without a caller doing work. */
  private static final Set<String> COVERED =
      Set.of(
          "State:Pass",
          "State:Choice",
          "State:Succeed",
          "State:Fail",
          "TopLevel:Comment",
          "Pass.Parameters",
          "Pass.Result",
          "Pass.ResultPath",
          "Pass.InputPath",
          "Pass.OutputPath",
          "Choice.Default",
          "Fail.Error",
          "State:Parallel",
          "Parallel.Parameters",
          "State:Map",
          "Map.ItemProcessor",
          "Map.Iterator",
          "Map.ItemsPath",
          "Map.ItemSelector",
          "Map.Parameters",
          "Map.MaxConcurrency",
          "Map.Mode:INLINE",
          "Map.Mode:DISTRIBUTED",
          "Map.MaxConcurrencyPath",
          "Map.ToleratedFailureCount",
          "Map.ToleratedFailureCountPath",
          "Map.ToleratedFailurePercentage",
          "Map.ToleratedFailurePercentagePath",
          "Map.InputPath",
          "Map.ResultPath",
          "ContextObject($$)",
          "State:Wait",
          "Wait.Seconds",
          "Wait.SecondsPath",
          "Wait.Timestamp",
          "Wait.TimestampPath",
          "Fail.Cause",
          "Fail.ErrorPath",
          "Fail.CausePath",
          "QueryLanguage:JSONata(global)",
          "QueryLanguage:JSONata(state)",
          "QueryLanguage:JSONPath(state)",
          "JSONata:expression",
          "JSONata:$states",
          "Choice:Condition",
          "Pass.Output",
          "Task.Arguments",
          "Map.Items",
          "Assign",
          "Variables($var)",
          "Catch",
          "Retry",
          "TopLevel:TimeoutSeconds");

  private ConformanceCases() {}

  /**
   * The case's definition as text, with the tokens of resources created at recording time replaced
   * by ARNs and names in account 111111111111, region us-east-1.
   */
  static String definitionText(JsonNode testCase) {
    JsonNode definition = testCase.path("definition");
    String text = definition.isTextual() ? definition.asText() : definition.toString();
    return TOKEN.matcher(text).replaceAll(ConformanceCases::token);
  }

  private static final Pattern TOKEN =
      Pattern.compile("\\{\\{([a-z_0-9]+)(?::([A-Za-z0-9_]+))?(?::([a-z]+))?}}");

  private static String token(MatchResult match) {
    String kind = match.group(1);
    String id = match.group(2);
    if (id == null) {
      return kind.equals("region") ? "us-east-1" : "111111111111";
    }
    String arn =
        switch (kind) {
          case "lambda" -> "arn:aws:lambda:us-east-1:111111111111:function:" + id;
          case "activity" -> "arn:aws:states:us-east-1:111111111111:activity:" + id;
          case "statemachine" -> "arn:aws:states:us-east-1:111111111111:stateMachine:" + id;
          case "sqs" -> "arn:aws:sqs:us-east-1:111111111111:" + id;
          case "sns" -> "arn:aws:sns:us-east-1:111111111111:" + id;
          case "iam_role" -> "arn:aws:iam::111111111111:role/" + id;
          default -> id;
        };
    String text =
        switch (String.valueOf(match.group(3))) {
          case "arn" -> arn;
          case "url" -> "https://sqs.us-east-1.amazonaws.com/111111111111/" + id;
          default -> id;
        };
    return Matcher.quoteReplacement(text);
  }

  static boolean covered(JsonNode entry) {
    for (JsonNode feature : entry.path("features")) {
      String name = feature.asText();
      boolean choice = name.startsWith("Choice:");
      if (!COVERED.contains(name) && !choice && !name.startsWith("Intrinsic:")) {
        return false;
      }
    }
    String status = entry.path("status").asText();
    return status.equals("SUCCEEDED") || status.equals("FAILED") || status.equals("TIMED_OUT");
  }
}
