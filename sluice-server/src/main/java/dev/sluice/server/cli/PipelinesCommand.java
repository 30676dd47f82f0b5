package dev.sluice.server.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code sluice pipelines clone|rerun}: what AWS Data Pipeline lacks, through Sluice's extension of
 * its API ({@code DataPipeline.ClonePipeline}, {@code DataPipeline.RerunPipeline}; AWS's own
 * clients never send them).
 */
@Command(
    name = "pipelines",
    mixinStandardHelpOptions = true,
    description = "Clone a data pipeline, or run a finished one again.")
final class PipelinesCommand implements Runnable {
  @Spec CommandSpec spec;

  /** The command with its subcommands. */
  static CommandLine commandLine(Environment env) {
    return new CommandLine(new PipelinesCommand())
        .addSubcommand("clone", new PipelineCloneCommand(env))
        .addSubcommand("rerun", new PipelineRerunCommand(env));
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
