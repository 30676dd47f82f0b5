package dev.sluice.core.pipelines.definition;

/** The slot types the Data Pipeline object reference gives its fields. */
public enum ValueType {
  /** Any text (expressions allowed). */
  STRING,
  /** A non-negative whole number: {@code "3"}. */
  INTEGER,
  /** {@code true} or {@code false}. */
  BOOLEAN,
  /** {@code "N unit"}: {@code "15 minutes"}, {@code "1 Hours"}, {@code "2 weeks"}. */
  PERIOD,
  /** {@code "YYYY-MM-DDTHH:MM:SS"} in UTC: {@code "2026-11-20T00:00:00"}. */
  DATE_TIME,
  /** One of a documented list of values, compared without case. */
  ENUM,
  /** The id of another object of the definition ({@code refValue}). */
  REFERENCE
}
