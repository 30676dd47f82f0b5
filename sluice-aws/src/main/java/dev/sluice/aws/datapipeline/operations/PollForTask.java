package dev.sluice.aws.datapipeline.operations;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.aws.datapipeline.internal.Constraints;
import dev.sluice.aws.datapipeline.internal.DataPipelineJson;
import dev.sluice.aws.datapipeline.internal.DataPipelineRequest;
import dev.sluice.aws.protocol.JsonNodes;
import dev.sluice.core.pipelines.PipelineService;
import dev.sluice.core.pipelines.TaskAssignment;
import dev.sluice.core.pipelines.TaskRunnerPoll;
import dev.sluice.core.result.Result;
import java.util.Optional;
import java.util.TreeMap;

/**
 * {@code DataPipeline.PollForTask}: a task for the worker group's task runner as {@code
 * taskObject}, or {@code {}} when none is waiting. The instance identity is read and not checked.
 */
public final class PollForTask implements DataPipelineBinding {
  public record Input(String workerGroup, String hostname, InstanceIdentity instanceIdentity) {}

  public record InstanceIdentity(String document, String signature) {}

  private final PipelineService pipelines;

  public PollForTask(PipelineService pipelines) {
    this.pipelines = pipelines;
  }

  @Override
  public Result<ObjectNode> handle(DataPipelineRequest request) {
    return request.input(Input.class).flatMap(this::poll);
  }

  private Result<ObjectNode> poll(Input input) {
    var identity = Optional.ofNullable(input.instanceIdentity());
    return new Constraints()
        .required(input.workerGroup(), "workerGroup")
        .string(input.workerGroup(), "workerGroup")
        .id(input.hostname(), "hostname")
        .string(identity.map(InstanceIdentity::document).orElse(null), "instanceIdentity.document")
        .string(
            identity.map(InstanceIdentity::signature).orElse(null), "instanceIdentity.signature")
        .then(
            () -> pipelines.pollForTask(new TaskRunnerPoll(input.workerGroup(), input.hostname())))
        .map(PollForTask::render);
  }

  private static ObjectNode render(Optional<TaskAssignment> task) {
    var node = JsonNodes.object();
    task.ifPresent(t -> node.set("taskObject", taskObject(t)));
    return node;
  }

  /** The task with its objects by id, in id order. */
  private static ObjectNode taskObject(TaskAssignment task) {
    var node =
        JsonNodes.object()
            .put("taskId", task.taskId())
            .put("pipelineId", task.pipelineId())
            .put("attemptId", task.attemptId());
    var objects = node.putObject("objects");
    new TreeMap<>(task.objects())
        .forEach((id, object) -> objects.set(id, DataPipelineJson.pipelineObject(object)));
    return node;
  }
}
