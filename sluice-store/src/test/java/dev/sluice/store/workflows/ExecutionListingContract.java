package dev.sluice.store.workflows;

import static dev.sluice.store.workflows.Workflows.T0;
import static dev.sluice.store.workflows.Workflows.execution;
import static dev.sluice.store.workflows.Workflows.machineArn;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.workflows.ExecutionRecord;
import dev.sluice.core.workflows.ExecutionStatus;
import dev.sluice.core.workflows.Progress;
import dev.sluice.core.workflows.WorkflowStore;
import dev.sluice.store.StoreFixture;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Listing executions by machine, version or alias and status, newest first; counting runs. */
public abstract class ExecutionListingContract extends StoreFixture {
  private WorkflowStore workflows;

  @BeforeEach
  void workflows() {
    workflows = store.workflows();
  }

  private ExecutionRecord start(
      String machine, String name, int second, String version, String alias) {
    ExecutionRecord e = execution(machine, name, T0.plusSeconds(second));
    ExecutionRecord qualified =
        new ExecutionRecord(
            e.arn(),
            e.machineArn(),
            e.name(),
            e.type(),
            e.status(),
            e.definition(),
            e.roleArn(),
            e.input(),
            null,
            null,
            null,
            e.started(),
            null,
            version == null ? null : machineArn(machine) + ":" + version,
            alias == null ? null : machineArn(machine) + ":" + alias,
            0,
            null,
            null);
    workflows.insertExecution(qualified, List.of(), List.of());
    return qualified;
  }

  private void end(ExecutionRecord e, ExecutionStatus status) {
    workflows.progress(
        new Progress(
            e.arn(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            e.ended(status, "{}", null, null, e.started().plusSeconds(60))));
  }

  private static List<String> names(List<ExecutionRecord> records) {
    return records.stream().map(ExecutionRecord::name).toList();
  }

  @Test
  void listsAMachinesExecutionsNewestStartFirst() {
    start("m", "a", 1, null, null);
    start("m", "c", 3, "1", null);
    start("m", "b", 2, null, "prod");
    start("other", "z", 9, null, null);

    assertThat(names(workflows.listExecutions(machineArn("m"), null, 0, 10)))
        .containsExactly("c", "b", "a");
  }

  @Test
  void pagesWithAnOffset() {
    for (int i = 0; i < 5; i++) {
      start("m", "e" + i, i, null, null);
    }

    assertThat(names(workflows.listExecutions(machineArn("m"), null, 1, 2)))
        .containsExactly("e3", "e2");
    assertThat(names(workflows.listExecutions(machineArn("m"), null, 4, 2))).containsExactly("e0");
  }

  @Test
  void filtersByStatus() {
    var a = start("m", "a", 1, null, null);
    start("m", "b", 2, null, null);
    var c = start("m", "c", 3, null, null);
    end(a, ExecutionStatus.SUCCEEDED);
    end(c, ExecutionStatus.FAILED);

    assertThat(names(workflows.listExecutions(machineArn("m"), ExecutionStatus.RUNNING, 0, 10)))
        .containsExactly("b");
    assertThat(names(workflows.listExecutions(machineArn("m"), ExecutionStatus.FAILED, 0, 10)))
        .containsExactly("c");
    assertThat(workflows.countRunning(machineArn("m"))).isEqualTo(1);
  }

  @Test
  void listsTheExecutionsOfOneVersionOrOneAlias() {
    start("m", "v1", 1, "1", null);
    start("m", "v2", 2, "2", "prod");
    start("m", "v1-prod", 3, "1", "prod");
    start("m", "latest", 4, null, null);

    assertThat(names(workflows.listExecutions(machineArn("m") + ":1", null, 0, 10)))
        .containsExactly("v1-prod", "v1");
    assertThat(names(workflows.listExecutions(machineArn("m") + ":prod", null, 0, 10)))
        .containsExactly("v1-prod", "v2");
    assertThat(
            names(
                workflows.listExecutions(
                    machineArn("m") + ":prod", ExecutionStatus.RUNNING, 1, 10)))
        .containsExactly("v2");
  }

  @Test
  void listsTheRunningExecutionsInArnOrder() {
    var a = start("m", "a", 1, null, null);
    start("m", "b", 2, null, null);
    start("n", "c", 3, null, null);
    start("m", "d", 4, null, null);
    end(a, ExecutionStatus.ABORTED);

    assertThat(workflows.running(null, 10))
        .containsExactly(
            Workflows.executionArn("m", "b"),
            Workflows.executionArn("m", "d"),
            Workflows.executionArn("n", "c"));
    assertThat(workflows.running(Workflows.executionArn("m", "b"), 1))
        .containsExactly(Workflows.executionArn("m", "d"));
  }
}
