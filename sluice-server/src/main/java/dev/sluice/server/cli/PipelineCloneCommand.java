package dev.sluice.server.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sluice pipelines clone <pipeline-id> --name N [--unique-id U] [--activate]}: a new
 * pipeline with the source's latest definition and tags; prints its id.
 */
@Command(
    name = "clone",
    mixinStandardHelpOptions = true,
    description = "Create a pipeline with another's definition and tags; print its id.")
final class PipelineCloneCommand extends AdminCommand {
  @Parameters(index = "0", paramLabel = "PIPELINE-ID", description = "The pipeline to copy.")
  String pipelineId;

  @Option(names = "--name", required = true, paramLabel = "NAME", description = "The new name.")
  String name;

  @Option(
      names = "--unique-id",
      paramLabel = "ID",
      description = "The new pipeline's uniqueId (default its name).")
  String uniqueId;

  @Option(names = "--activate", description = "Activate the clone at once.")
  boolean activate;

  private final Environment env;

  PipelineCloneCommand(Environment env) {
    super(env);
    this.env = env;
  }

  @Override
  int ask(String target, CommandLine cli) throws AdminClient.Unreachable {
    try (var client = JsonApiClient.dataPipeline(target, RequestSigner.fromEnvironment(env))) {
      var input = PipelineCalls.input().put("pipelineId", pipelineId).put("name", name);
      if (uniqueId != null) {
        input.put("uniqueId", uniqueId);
      }
      var cloned = client.call("ClonePipeline", input);
      if (!cloned.ok()) {
        SluiceCommand.fail(cli, pipelineId + ": " + cloned.error());
        return 1;
      }
      var id = cloned.body().path("pipelineId").asText();
      if (activate) {
        var activated =
            client.call("ActivatePipeline", PipelineCalls.input().put("pipelineId", id));
        if (!activated.ok()) {
          SluiceCommand.fail(cli, id + ": " + activated.error());
          return 1;
        }
      }
      cli.getOut().println(id);
      return 0;
    }
  }
}
