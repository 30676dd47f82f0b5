package dev.sluice.runtime.steps.internal;

import dev.sluice.core.result.Result;
import dev.sluice.runtime.steps.internal.StreamingArgs.CacheFile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Parses Hadoop streaming's command line: generic options ({@code -D}, {@code -files}) anywhere,
 * streaming options in any order. Options Sluice cannot honour are refused by name, unknown ones as
 * Hadoop refuses them, with the usage text as detail.
 */
public final class StreamingArgsParser {

  private static final Set<String> UNSUPPORTED =
      Set.of(
          "-archives",
          "-cacheArchive",
          "-partitioner",
          "-inputreader",
          "-io",
          "-libjars",
          "-mapdebug",
          "-reducedebug",
          "-conf",
          "-fs",
          "-jt");
  private static final Set<String> IGNORED_FLAGS = Set.of("-verbose", "-debug", "-lazyOutput");
  private static final String IDENTITY_MAPPER = "org.apache.hadoop.mapred.lib.IdentityMapper";
  private static final String IDENTITY_REDUCER = "org.apache.hadoop.mapred.lib.IdentityReducer";

  private final List<String> args;
  private int next;
  private final List<String> inputs = new ArrayList<>();
  private final List<String> files = new ArrayList<>();
  private final List<CacheFile> cacheFiles = new ArrayList<>();
  private final Map<String, String> conf = new LinkedHashMap<>();
  private final Map<String, String> cmdenv = new LinkedHashMap<>();
  private String output;
  private String mapper;
  private String reducer;
  private String combiner;
  private Integer numReduceTasks;

  private StreamingArgsParser(List<String> args) {
    this.args = args;
  }

  public static Result<StreamingArgs> parse(List<String> args) {
    return new StreamingArgsParser(args).parse();
  }

  private Result<StreamingArgs> parse() {
    while (next < args.size()) {
      var error = option(args.get(next++));
      if (error != null) {
        return error;
      }
    }
    if (inputs.isEmpty()) {
      return usageError("Required argument: -input <name>");
    }
    if (output == null) {
      return usageError("Required argument: -output <name>");
    }
    return commands().flatMap(ok -> Result.ok(build()));
  }

  /** Reads one option (and its value); a failure, or null when it was fine. */
  private Result<StreamingArgs> option(String option) {
    if (IGNORED_FLAGS.contains(option)) {
      return null;
    }
    if (UNSUPPORTED.contains(option)) {
      return usageError("Sluice's Hadoop streaming does not support " + option);
    }
    if (option.startsWith("-D") && option.length() > 2) {
      return property(option.substring(2));
    }
    return switch (option) {
      case "-input", "-output", "-mapper", "-reducer", "-combiner", "-file", "-files" ->
          valued(option);
      case "-cacheFile", "-D", "-jobconf", "-cmdenv", "-numReduceTasks" -> valued(option);
      case "-inputformat", "-outputformat" -> valued(option);
      default -> usageError("Unrecognized option: " + option);
    };
  }

  private Result<StreamingArgs> valued(String option) {
    if (next >= args.size()) {
      return usageError("Missing argument for option: " + option.substring(1));
    }
    var value = args.get(next++);
    switch (option) {
      case "-input" -> inputs.addAll(commaList(value));
      case "-output" -> output = value;
      case "-mapper" -> mapper = value;
      case "-reducer" -> reducer = value;
      case "-combiner" -> combiner = value;
      case "-file" -> files.add(value);
      case "-files" -> commaList(value).forEach(this::addShipped);
      case "-cacheFile" -> cacheFiles.add(cacheFile(value));
      case "-cmdenv" -> {
        return pair(value, cmdenv, "-cmdenv");
      }
      case "-numReduceTasks" -> {
        return reduceTasks(value);
      }
      case "-inputformat", "-outputformat" -> {
        return format(option, value);
      }
      default -> {
        return property(value);
      }
    }
    return null;
  }

  private Result<StreamingArgs> property(String value) {
    return pair(value, conf, "-D");
  }

  private Result<StreamingArgs> pair(String value, Map<String, String> into, String option) {
    int equals = value.indexOf('=');
    if (equals <= 0) {
      return usageError(option + ": the argument must be name=value, not " + value);
    }
    into.put(value.substring(0, equals), value.substring(equals + 1));
    return null;
  }

  private Result<StreamingArgs> reduceTasks(String value) {
    try {
      numReduceTasks = Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      return usageError("-numReduceTasks: not a number: " + value);
    }
    return numReduceTasks < 0
        ? usageError("-numReduceTasks: must not be negative: " + value)
        : null;
  }

  private Result<StreamingArgs> format(String option, String value) {
    var kind = option.equals("-inputformat") ? "Input" : "Output";
    var simple = value.substring(value.lastIndexOf('.') + 1);
    var hadoop = value.startsWith("org.apache.hadoop.mapred") || !value.contains(".");
    if (hadoop && simple.equals("Text" + kind + "Format")) {
      return null;
    }
    return usageError(
        "Sluice's Hadoop streaming reads and writes text only: "
            + option
            + " "
            + value
            + " is not supported (use Text"
            + kind
            + "Format)");
  }

  private void addShipped(String value) {
    if (value.contains("#")) {
      cacheFiles.add(cacheFile(value));
    } else {
      files.add(value);
    }
  }

  private static CacheFile cacheFile(String value) {
    int hash = value.lastIndexOf('#');
    if (hash < 0) {
      return new CacheFile(value, value.substring(value.lastIndexOf('/') + 1));
    }
    return new CacheFile(value.substring(0, hash), value.substring(hash + 1));
  }

  /** Maps Hadoop's identity classes to their streaming equivalents; refuses other classes. */
  private Result<Void> commands() {
    if (mapper == null || mapper.equals(IDENTITY_MAPPER)) {
      mapper = "cat";
    }
    if (IDENTITY_REDUCER.equals(reducer)) {
      reducer = null;
    }
    for (var command : new String[] {mapper, reducer, combiner}) {
      if (command != null && command.startsWith("org.apache.hadoop.")) {
        return usageError("Sluice's Hadoop streaming runs commands, not Java classes: " + command);
      }
    }
    return Result.ok(null);
  }

  private StreamingArgs build() {
    return new StreamingArgs(
        inputs, output, mapper, reducer, combiner, files, cacheFiles, conf, cmdenv, numReduceTasks);
  }

  private static List<String> commaList(String value) {
    return List.of(value.split(",")).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private static <T> Result<T> usageError(String message) {
    return StepFailure.err(message, message + "\n" + StreamingUsage.TEXT);
  }
}
