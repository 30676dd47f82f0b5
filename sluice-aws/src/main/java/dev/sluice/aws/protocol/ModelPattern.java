package dev.sluice.aws.protocol;

import java.util.regex.Pattern;

/**
 * A string shape's pattern as the AWS model writes it (and as a refusal prints it), with the regex
 * that checks it: the same text compiled, unless Java needs other words for it.
 */
public record ModelPattern(String source, Pattern compiled) {
  public static ModelPattern of(String source) {
    return new ModelPattern(source, Pattern.compile(source));
  }

  public boolean matches(String value) {
    return compiled.matcher(value).matches();
  }

  String constraint() {
    return "Member must satisfy regular expression pattern: " + source;
  }
}
