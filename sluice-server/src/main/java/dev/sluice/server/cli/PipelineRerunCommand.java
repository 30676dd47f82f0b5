package dev.sluice.server.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code sluice pipelines rerun <pipeline-id>}: runs a pipeline whose runs ended again. */
@Command(
    name = "rerun",
    mixinStandardHelpOptions = true,
    description = "Run a finished (or failed) pipeline again, with a new scheduled start time.")
final class PipelineRerunCommand extends AdminCommand {
  @Parameters(index = "0", paramLabel = "PIPELINE-ID", description = "The pipeline to run again.")
  String pipelineId;

  private final Environment env;

  PipelineRerunCommand(Environment env) {
    super(env);
    this.env = env;
  }

  @Override
  int ask(String target, CommandLine cli) throws AdminClient.Unreachable {
    try (var client = JsonApiClient.dataPipeline(target, RequestSigner.fromEnvironment(env))) {
      var rerun = client.call("RerunPipeline", PipelineCalls.input().put("pipelineId", pipelineId));
      if (!rerun.ok()) {
        SluiceCommand.fail(cli, pipelineId + ": " + rerun.error());
        return 1;
      }
      cli.getOut().println(pipelineId + " runs again");
      return 0;
    }
  }
}
