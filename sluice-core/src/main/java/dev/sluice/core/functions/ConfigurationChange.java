package dev.sluice.core.functions;

import java.util.List;
import java.util.Map;

/**
 * The settable configuration of CreateFunction and UpdateFunctionConfiguration; a null field is not
 * given (CreateFunction then uses Lambda's default, an update keeps the current value).
 *
 * @param deadLetterTargetArn the DeadLetterConfig's TargetArn; "" removes it
 */
public record ConfigurationChange(
    String runtime,
    String handler,
    String role,
    String description,
    Integer timeout,
    Integer memorySize,
    Map<String, String> environment,
    List<String> layers,
    String deadLetterTargetArn) {

  public static ConfigurationChange none() {
    return new ConfigurationChange(null, null, null, null, null, null, null, null, null);
  }
}
