package dev.sluice.server.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;

/** The {@code sluice} command line run in-process, keeping what it printed across runs. */
final class CliRun {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  /** Runs the command line with no environment variables; its exit code. */
  int run(String... args) {
    return run(Map.of(), args);
  }

  /** Runs the command line with {@code environment} as its environment; its exit code. */
  int run(Map<String, String> environment, String... args) {
    var cli = SluiceCommand.commandLine(environment);
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  /** Everything printed to standard output so far. */
  String out() {
    return out.toString();
  }

  /** Everything printed to standard error so far. */
  String err() {
    return err.toString();
  }
}
