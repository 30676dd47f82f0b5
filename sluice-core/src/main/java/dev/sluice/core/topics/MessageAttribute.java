package dev.sluice.core.topics;

/**
 * A message attribute: {@code dataType} is {@code String}, {@code Number}, {@code Binary} or {@code
 * String.Array}, optionally with a custom suffix ({@code Number.float}); exactly one of the values
 * is set.
 */
public record MessageAttribute(String dataType, String stringValue, byte[] binaryValue) {

  public static MessageAttribute string(String value) {
    return new MessageAttribute("String", value, null);
  }
}
