package dev.sluice.aws.stepfunctions.operations;

import dev.sluice.core.workflows.WorkflowService;
import java.util.Map;
import java.util.Optional;

/** One binding per Step Functions operation Sluice answers, by operation name. */
public final class StatesBindings {
  private final Map<String, StatesBinding> bindings;

  public StatesBindings(WorkflowService w) {
    this.bindings =
        Map.ofEntries(
            Map.entry("CreateStateMachine", new CreateStateMachine(w)),
            Map.entry("DescribeStateMachine", new DescribeStateMachine(w)),
            Map.entry("UpdateStateMachine", new UpdateStateMachine(w)),
            Map.entry("DeleteStateMachine", new DeleteStateMachine(w)),
            Map.entry("ListStateMachines", new ListStateMachines(w)),
            Map.entry("PublishStateMachineVersion", new PublishStateMachineVersion(w)),
            Map.entry("ListStateMachineVersions", new ListStateMachineVersions(w)),
            Map.entry("DeleteStateMachineVersion", new DeleteStateMachineVersion(w)),
            Map.entry("CreateStateMachineAlias", new CreateStateMachineAlias(w)),
            Map.entry("DescribeStateMachineAlias", new DescribeStateMachineAlias(w)),
            Map.entry("UpdateStateMachineAlias", new UpdateStateMachineAlias(w)),
            Map.entry("DeleteStateMachineAlias", new DeleteStateMachineAlias(w)),
            Map.entry("ListStateMachineAliases", new ListStateMachineAliases(w)),
            Map.entry("StartExecution", new StartExecution(w)),
            Map.entry("StartSyncExecution", new StartSyncExecution(w)),
            Map.entry("DescribeExecution", new DescribeExecution(w)),
            Map.entry("StopExecution", new StopExecution(w)),
            Map.entry("ListExecutions", new ListExecutions(w)),
            Map.entry("GetExecutionHistory", new GetExecutionHistory(w)),
            Map.entry("DescribeStateMachineForExecution", new DescribeStateMachineForExecution(w)),
            Map.entry("RedriveExecution", new RedriveExecution(w)),
            Map.entry("CreateActivity", new CreateActivity(w)),
            Map.entry("DescribeActivity", new DescribeActivity(w)),
            Map.entry("DeleteActivity", new DeleteActivity(w)),
            Map.entry("ListActivities", new ListActivities(w)),
            Map.entry("GetActivityTask", new GetActivityTask(w)),
            Map.entry("SendTaskSuccess", new SendTaskSuccess(w)),
            Map.entry("SendTaskFailure", new SendTaskFailure(w)),
            Map.entry("SendTaskHeartbeat", new SendTaskHeartbeat(w)),
            Map.entry("TagResource", new TagResource(w)),
            Map.entry("UntagResource", new UntagResource(w)),
            Map.entry("ListTagsForResource", new ListTagsForResource(w)),
            Map.entry("ValidateStateMachineDefinition", new ValidateStateMachineDefinition(w)));
  }

  public Optional<StatesBinding> get(String operation) {
    return Optional.ofNullable(bindings.get(operation));
  }
}
