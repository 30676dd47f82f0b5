package dev.sluice.core.functions.internal;

import dev.sluice.core.functions.FunctionArns;
import dev.sluice.core.functions.FunctionCaller;
import dev.sluice.core.result.Result;
import java.util.regex.Pattern;

/**
 * A function as a request names it: a name, a partial or a full ARN, optionally qualified, and the
 * Qualifier parameter.
 *
 * @param qualifier the version or alias, or null for the unqualified function
 */
record FunctionRef(String name, String qualifier) {
  private static final Pattern NAME =
      Pattern.compile(
          "(?:arn:aws[a-zA-Z-]*:lambda:[a-z0-9-]+:\\d{12}:function:|\\d{12}:function:)?"
              + "([a-zA-Z0-9_-]{1,64})(?::(\\$LATEST|[a-zA-Z0-9_-]{1,128}))?");

  static Result<FunctionRef> parse(String functionName, String qualifierParameter) {
    var matcher = functionName == null ? null : NAME.matcher(functionName);
    if (matcher == null || !matcher.matches()) {
      return Result.err(
          LambdaFailures.validation(
              functionName,
              "functionName",
              "Member must satisfy regular expression pattern: "
                  + LambdaFailures.FUNCTION_NAME_PATTERN));
    }
    var derived = matcher.group(2);
    var qualifier = emptyToNull(qualifierParameter);
    if (derived != null && qualifier != null && !derived.equals(qualifier)) {
      return Result.err(
          LambdaFailures.invalidParameter(
              "The derived qualifier from the function name does not match the specified"
                  + " qualifier."));
    }
    return Result.ok(new FunctionRef(matcher.group(1), derived != null ? derived : qualifier));
  }

  /** The ARN Lambda names in "Function not found" for this reference. */
  String arn(FunctionCaller caller) {
    var arn = FunctionArns.function(caller.region(), caller.account(), name);
    return qualifier == null ? arn : arn + ":" + qualifier;
  }

  static String unqualifiedArn(FunctionCaller caller, FunctionRef ref) {
    return new FunctionRef(ref.name(), null).arn(caller);
  }

  private static String emptyToNull(String value) {
    return value == null || value.isEmpty() ? null : value;
  }
}
