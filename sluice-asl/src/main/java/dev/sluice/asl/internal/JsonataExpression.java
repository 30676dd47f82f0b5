package dev.sluice.asl.internal;

import com.fasterxml.jackson.databind.JsonNode;

/** Recognises the {@code {% ... %}} strings that JSONata states evaluate. */
public final class JsonataExpression {
  private JsonataExpression() {}

  /** Whether {@code text} is a JSONata expression string. */
  public static boolean is(String text) {
    return text != null && text.startsWith("{%") && text.endsWith("%}") && text.length() >= 4;
  }

  /** Whether {@code value} is a JSON string holding a JSONata expression. */
  public static boolean is(JsonNode value) {
    return value != null && value.isTextual() && is(value.asText());
  }

  /** The expression between the delimiters, trimmed. */
  public static String body(String text) {
    return text.substring(2, text.length() - 2).trim();
  }
}
