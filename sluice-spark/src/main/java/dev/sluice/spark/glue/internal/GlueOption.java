package dev.sluice.spark.glue.internal;

import java.util.List;

/**
 * One argument a job accepts: {@code flag} is {@code --name}, {@code key} the name with hyphens as
 * underscores; {@code choices} are its only accepted values (none: any value).
 */
public record GlueOption(String flag, String key, List<String> choices, boolean required) {

  public GlueOption {
    choices = List.copyOf(choices);
  }

  public static GlueOption of(String name, boolean required, String... choices) {
    return new GlueOption("--" + name, name.replace('-', '_'), List.of(choices), required);
  }

  GlueOption asRequired() {
    return new GlueOption(flag, key, choices, true);
  }
}
