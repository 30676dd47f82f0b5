package dev.sluice.core.pipelines.work;

import java.util.ArrayList;
import java.util.List;

/**
 * One EMR step as EmrActivity's {@code step} field writes it: the jar, then its arguments, comma
 * separated ({@code \,} is a literal comma), expressions already evaluated.
 */
public record EmrStep(String jar, List<String> args) {
  public EmrStep {
    args = List.copyOf(args);
  }

  /** Splits a {@code step} field value. */
  public static EmrStep parse(String step) {
    var parts = new ArrayList<String>();
    var current = new StringBuilder();
    for (int i = 0; i < step.length(); i++) {
      char c = step.charAt(i);
      if (c == '\\' && i + 1 < step.length() && step.charAt(i + 1) == ',') {
        current.append(',');
        i++;
      } else if (c == ',') {
        parts.add(current.toString().strip());
        current.setLength(0);
      } else {
        current.append(c);
      }
    }
    parts.add(current.toString().strip());
    return new EmrStep(parts.get(0), parts.subList(1, parts.size()));
  }

  /** True for Hadoop streaming: {@code .../hadoop-streaming*.jar}. */
  public boolean isStreaming() {
    var name = jar.substring(jar.lastIndexOf('/') + 1);
    return name.startsWith("hadoop-streaming") && name.endsWith(".jar");
  }
}
