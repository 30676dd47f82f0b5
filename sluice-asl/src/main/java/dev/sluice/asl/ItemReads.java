package dev.sluice.asl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.sluice.asl.internal.Intrinsics;
import dev.sluice.asl.internal.JsonataEvaluator;
import dev.sluice.asl.internal.Paths;
import dev.sluice.asl.internal.Template;
import java.util.ArrayList;
import java.util.List;

/** Resolves an {@link ItemReader} into the {@link ItemRead} the caller does. */
final class ItemReads {
  private ItemReads() {}

  /** JSONPath: Parameters and MaxItemsPath see the effective input (and the variables). */
  static ItemRead jsonPath(ItemReader reader, JsonNode effective, Context context) {
    Paths paths = Paths.of(effective, context);
    JsonNode arguments =
        reader.parameters() == null
            ? JsonNodeFactory.instance.objectNode()
            : new Template(paths, new Intrinsics(paths, context.entropy()))
                .expand(reader.parameters());
    JsonNode config = reader.readerConfig();
    long maxItems = config.path("MaxItems").asLong(0);
    String path = config.path("MaxItemsPath").asText(null);
    if (path != null) {
      maxItems = Limits.integer(paths.required(path, "MaxItemsPath"), path, "MaxItemsPath");
    }
    return read(reader, arguments, maxItems);
  }

  /** JSONata: Arguments and MaxItems may be expressions. */
  static ItemRead jsonata(ItemReader reader, JsonataEvaluator evaluator) {
    JsonNode arguments =
        reader.parameters() == null
            ? JsonNodeFactory.instance.objectNode()
            : evaluator.expand(reader.parameters(), "ItemReader/Arguments");
    JsonNode max = reader.readerConfig().get("MaxItems");
    long maxItems =
        max == null
            ? 0
            : Limits.integer(
                evaluator.expand(max, "ItemReader/ReaderConfig/MaxItems"), null, "MaxItems");
    return read(reader, arguments, maxItems);
  }

  private static ItemRead read(ItemReader reader, JsonNode arguments, long maxItems) {
    JsonNode config = reader.readerConfig();
    List<String> headers = null;
    if (config.path("CSVHeaderLocation").asText("FIRST_ROW").equals("GIVEN")) {
      headers = new ArrayList<>();
      for (JsonNode header : config.path("CSVHeaders")) {
        headers.add(header.asText());
      }
    }
    return new ItemRead(
        reader.action(),
        arguments,
        config.path("InputType").asText(null),
        headers,
        delimiter(config.path("CSVDelimiter").asText("COMMA")),
        maxItems);
  }

  private static char delimiter(String name) {
    return switch (name) {
      case "PIPE" -> '|';
      case "SEMICOLON" -> ';';
      case "SPACE" -> ' ';
      case "TAB" -> '\t';
      default -> ',';
    };
  }
}
