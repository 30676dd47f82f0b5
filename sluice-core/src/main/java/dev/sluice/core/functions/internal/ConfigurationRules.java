package dev.sluice.core.functions.internal;

import dev.sluice.core.functions.ConfigurationChange;
import dev.sluice.core.functions.ReservedVariables;
import dev.sluice.core.result.Failure;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** Lambda's checks of a function's configuration, with its messages. */
final class ConfigurationRules {
  static final List<String> RUNTIMES =
      List.of(
          "nodejs",
          "nodejs4.3",
          "nodejs6.10",
          "nodejs8.10",
          "nodejs10.x",
          "nodejs12.x",
          "nodejs14.x",
          "nodejs16.x",
          "nodejs18.x",
          "nodejs20.x",
          "nodejs22.x",
          "nodejs24.x",
          "java8",
          "java8.al2",
          "java11",
          "java17",
          "java21",
          "java25",
          "python2.7",
          "python3.6",
          "python3.7",
          "python3.8",
          "python3.9",
          "python3.10",
          "python3.11",
          "python3.12",
          "python3.13",
          "python3.14",
          "dotnetcore1.0",
          "dotnetcore2.0",
          "dotnetcore2.1",
          "dotnetcore3.1",
          "dotnet6",
          "dotnet8",
          "dotnet10",
          "nodejs4.3-edge",
          "go1.x",
          "ruby2.5",
          "ruby2.7",
          "ruby3.2",
          "ruby3.3",
          "ruby3.4",
          "ruby4.0",
          "provided",
          "provided.al2",
          "provided.al2023",
          "nodejs26.x",
          "python3.15",
          "java8.al2023",
          "java11.al2023",
          "java17.al2023");
  static final String ROLE_PATTERN =
      "arn:(aws[a-zA-Z-]*)?:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+";
  private static final Pattern ROLE = Pattern.compile(ROLE_PATTERN);

  private ConfigurationRules() {}

  /** The first rule the change breaks; {@code creating} also requires a role. */
  static Optional<Failure> check(ConfigurationChange change, boolean creating) {
    if (change.runtime() != null && !RUNTIMES.contains(change.runtime())) {
      return Optional.of(
          LambdaFailures.invalidParameter(
              "Value "
                  + change.runtime()
                  + " at 'runtime' failed to satisfy constraint: Member must satisfy enum value"
                  + " set: "
                  + RUNTIMES
                  + " or be a valid ARN"));
    }
    if ((creating || change.role() != null)
        && (change.role() == null || !ROLE.matcher(change.role()).matches())) {
      return Optional.of(
          LambdaFailures.validation(
              change.role(),
              "role",
              "Member must satisfy regular expression pattern: " + ROLE_PATTERN));
    }
    return range(change.timeout(), "timeout", 1, 900)
        .or(() -> range(change.memorySize(), "memorySize", 128, 10240))
        .or(() -> reservedVariables(change));
  }

  static Optional<Failure> range(Integer value, String field, int min, int max) {
    if (value == null || (value >= min && value <= max)) {
      return Optional.empty();
    }
    return Optional.of(
        LambdaFailures.validation(
            value.toString(),
            field,
            value < min
                ? "Member must have value greater than or equal to " + min
                : "Member must have value less than or equal to " + max));
  }

  private static Optional<Failure> reservedVariables(ConfigurationChange change) {
    if (change.environment() == null) {
      return Optional.empty();
    }
    var reserved = new TreeSet<>(change.environment().keySet());
    reserved.retainAll(ReservedVariables.NAMES);
    if (reserved.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        LambdaFailures.invalidParameter(
            "Lambda was unable to configure your environment variables because the environment"
                + " variables you have provided contains reserved keys that are currently not"
                + " supported for modification. Reserved keys used in this request: "
                + String.join(", ", reserved)));
  }
}
