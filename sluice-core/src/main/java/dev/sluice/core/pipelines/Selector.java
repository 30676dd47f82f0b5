package dev.sluice.core.pipelines;

import java.util.List;

/**
 * One condition of QueryObjects: {@code fieldName} compared by {@code operatorType} ({@code EQ},
 * {@code REF_EQ}, {@code LE}, {@code GE}, {@code BETWEEN}) with {@code values}.
 */
public record Selector(String fieldName, String operatorType, List<String> values) {
  public Selector {
    values = values == null ? List.of() : List.copyOf(values);
  }
}
