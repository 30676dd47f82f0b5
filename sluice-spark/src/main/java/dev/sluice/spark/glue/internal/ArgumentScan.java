package dev.sluice.spark.glue.internal;

import dev.sluice.spark.glue.GlueArgumentException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads {@code --name value} and {@code --name=value} arguments of known options as argparse's
 * {@code parse_known_args} does: other arguments are skipped, the last value of a repeated option
 * wins, {@code --} ends the options, and a value must not look like an option.
 */
public final class ArgumentScan {

  private static final Pattern NEGATIVE_NUMBER = Pattern.compile("-\\d+$|-\\d*\\.\\d+$");

  private ArgumentScan() {}

  /** The value of every option given, by key. */
  public static Map<String, String> scan(List<String> args, List<GlueOption> options) {
    Map<String, GlueOption> byFlag =
        options.stream().collect(Collectors.toMap(GlueOption::flag, option -> option));
    var values = new LinkedHashMap<String, String>();
    for (int i = 0; i < args.size() && !args.get(i).equals("--"); i++) {
      var arg = args.get(i);
      var equals = arg.indexOf('=');
      var option = byFlag.get(equals < 0 ? arg : arg.substring(0, equals));
      if (option == null || !arg.startsWith("--")) {
        continue;
      }
      String value;
      if (equals >= 0) {
        value = arg.substring(equals + 1);
      } else if (i + 1 < args.size() && !looksLikeOption(args.get(i + 1))) {
        value = args.get(++i);
      } else {
        throw new GlueArgumentException("argument " + option.flag() + ": expected one argument");
      }
      values.put(option.key(), checked(option, value));
    }
    return values;
  }

  private static String checked(GlueOption option, String value) {
    if (option.choices().isEmpty() || option.choices().contains(value)) {
      return value;
    }
    var choices =
        option.choices().stream()
            .map(choice -> "'" + choice + "'")
            .collect(Collectors.joining(", "));
    throw new GlueArgumentException(
        "argument "
            + option.flag()
            + ": invalid choice: '"
            + value
            + "' (choose from "
            + choices
            + ")");
  }

  private static boolean looksLikeOption(String arg) {
    return arg.startsWith("-")
        && arg.length() > 1
        && !NEGATIVE_NUMBER.matcher(arg).matches()
        && !arg.contains(" ");
  }
}
