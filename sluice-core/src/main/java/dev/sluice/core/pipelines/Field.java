package dev.sluice.core.pipelines;

/**
 * One key-value pair of a pipeline object, as Data Pipeline's {@code Field} shape: exactly one of
 * {@code stringValue} (a literal, possibly holding {@code #{...}} expressions) or {@code refValue}
 * (the id of another object) is set.
 */
public record Field(String key, String stringValue, String refValue) {

  public static Field text(String key, String value) {
    return new Field(key, value, null);
  }

  public static Field ref(String key, String objectId) {
    return new Field(key, null, objectId);
  }

  public boolean isRef() {
    return refValue != null;
  }
}
