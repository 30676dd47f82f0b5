package dev.sluice.core.pipelines.work;

import java.util.List;
import java.util.Map;

/**
 * Runs shell commands for pipeline work (sluice-runtime): {@code /bin/sh -c}, in the context's
 * working directory, with {@code environment} added, output to the context's log stream. Blocks
 * until the command ends.
 */
public interface ShellRunner {

  /** Runs {@code command} with {@code arguments} as its positional parameters ($1, $2, ...). */
  ShellResult run(
      String command, List<String> arguments, Map<String, String> environment, WorkContext context);

  /** How a command ended, and its output (kept whole up to a limit; the end is kept after it). */
  record ShellResult(int exitCode, String stdout, String stderr, boolean timedOut) {}
}
