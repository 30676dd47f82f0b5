package dev.sluice.asl;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * How data flows through one state beyond the JSONPath fields of {@link State}: the state's query
 * language, its {@code Assign} and the JSONata-only fields.
 *
 * @param queryLanguage {@code JSONPath} or {@code JSONata} (the state's own, else its machine's)
 * @param assign the Assign object, or null
 * @param output the JSONata Output value (any JSON, may be JSON null), or null when absent
 * @param arguments the JSONata Arguments value, or null when absent
 * @param items the Map Items value, or null when absent
 * @param definition the state's whole definition (JSONata expressions of Seconds, Timestamp, Error,
 *     Cause, MaxConcurrency, ... are read from it)
 */
public record Dataflow(
    String queryLanguage,
    JsonNode assign,
    JsonNode output,
    JsonNode arguments,
    JsonNode items,
    JsonNode definition) {

  /** The query language named JSONata. */
  public static final String JSONATA = "JSONata";

  /** The query language named JSONPath (the default). */
  public static final String JSONPATH = "JSONPath";

  /** A JSONPath state without Assign. */
  public static Dataflow plain(String queryLanguage) {
    return new Dataflow(queryLanguage, null, null, null, null, null);
  }

  /** Whether the state evaluates JSONata. */
  public boolean jsonata() {
    return JSONATA.equals(queryLanguage);
  }
}
