package dev.sluice.aws.datapipeline.operations;

import dev.sluice.core.pipelines.PipelineService;
import java.util.Map;
import java.util.Optional;

/** One binding per Data Pipeline operation (and Sluice's two extensions), by operation name. */
public final class DataPipelineBindings {
  private final Map<String, DataPipelineBinding> bindings;

  public DataPipelineBindings(PipelineService pipelines) {
    this.bindings =
        Map.ofEntries(
            Map.entry("ActivatePipeline", new ActivatePipeline(pipelines)),
            Map.entry("AddTags", new AddTags(pipelines)),
            Map.entry("CreatePipeline", new CreatePipeline(pipelines)),
            Map.entry("DeactivatePipeline", new DeactivatePipeline(pipelines)),
            Map.entry("DeletePipeline", new DeletePipeline(pipelines)),
            Map.entry("DescribeObjects", new DescribeObjects(pipelines)),
            Map.entry("DescribePipelines", new DescribePipelines(pipelines)),
            Map.entry("EvaluateExpression", new EvaluateExpression(pipelines)),
            Map.entry("GetPipelineDefinition", new GetPipelineDefinition(pipelines)),
            Map.entry("ListPipelines", new ListPipelines(pipelines)),
            Map.entry("PollForTask", new PollForTask(pipelines)),
            Map.entry("PutPipelineDefinition", new PutPipelineDefinition(pipelines)),
            Map.entry("QueryObjects", new QueryObjects(pipelines)),
            Map.entry("RemoveTags", new RemoveTags(pipelines)),
            Map.entry("ReportTaskProgress", new ReportTaskProgress(pipelines)),
            Map.entry("ReportTaskRunnerHeartbeat", new ReportTaskRunnerHeartbeat(pipelines)),
            Map.entry("SetStatus", new SetStatus(pipelines)),
            Map.entry("SetTaskStatus", new SetTaskStatus(pipelines)),
            Map.entry("ValidatePipelineDefinition", new ValidatePipelineDefinition(pipelines)),
            // Sluice's extensions, which AWS's clients never send
            Map.entry("ClonePipeline", new ClonePipeline(pipelines)),
            Map.entry("RerunPipeline", new RerunPipeline(pipelines)));
  }

  public Optional<DataPipelineBinding> get(String operation) {
    return Optional.ofNullable(bindings.get(operation));
  }
}
