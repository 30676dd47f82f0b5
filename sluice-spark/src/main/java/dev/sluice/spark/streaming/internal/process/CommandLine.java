package dev.sluice.spark.streaming.internal.process;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a streaming command into words as Hadoop streaming does: on spaces, with single or double
 * quotes grouping words. No shell is involved, so pipes and redirections are plain arguments.
 */
public final class CommandLine {

  private CommandLine() {}

  public static List<String> split(String command) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    char quote = 0;
    boolean inWord = false;
    for (int i = 0; i < command.length(); i++) {
      char c = command.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else {
          word.append(c);
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
        inWord = true;
      } else if (c == ' ') {
        if (inWord) {
          words.add(word.toString());
          word.setLength(0);
          inWord = false;
        }
      } else {
        word.append(c);
        inWord = true;
      }
    }
    if (inWord) {
      words.add(word.toString());
    }
    return words;
  }
}
