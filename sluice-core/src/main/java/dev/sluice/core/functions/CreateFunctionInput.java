package dev.sluice.core.functions;

import java.util.Map;

/**
 * A CreateFunction call.
 *
 * @param code null when the request had no Code
 * @param packageType {@code Zip} (the default) or {@code Image}, which Sluice refuses
 */
public record CreateFunctionInput(
    String functionName,
    ConfigurationChange configuration,
    CodeSource code,
    boolean publish,
    String packageType,
    Map<String, String> tags) {

  public CreateFunctionInput {
    tags = tags == null ? Map.of() : Map.copyOf(tags);
  }
}
