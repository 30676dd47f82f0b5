package dev.sluice.store.workflowservice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.workflows.AliasRecord.Route;
import dev.sluice.core.workflows.AliasUpdate;
import dev.sluice.core.workflows.ExecutionQuery;
import dev.sluice.core.workflows.MachineRecord;
import dev.sluice.core.workflows.MachineUpdate;
import dev.sluice.core.workflows.NewAlias;
import dev.sluice.core.workflows.NewExecution;
import dev.sluice.core.workflows.NewMachine;
import dev.sluice.core.workflows.PageRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VersionsAndAliasesTest extends WorkflowServiceFixture {
  private static final String OTHER =
      "{\"StartAt\":\"Q\",\"States\":{\"Q\":{\"Type\":\"Succeed\"}}}";

  private String update(String machine, String definition) {
    ok(
        service.updateStateMachine(
            new MachineUpdate(machine, definition, null, null, null, false, null)));
    return ok(service.publishStateMachineVersion(machine, null, null)).arn();
  }

  @Test
  void creatingWithPublishPublishesVersionOne() {
    var created =
        ok(
            service.createStateMachine(
                SCOPE, new NewMachine("m", PASS, ROLE, null, null, null, Map.of(), true, "first")));

    assertThat(created.versionArn()).isEqualTo(created.machineArn() + ":1");
    var version = ok(service.describeStateMachine(created.versionArn()));
    assertThat(version.description()).isEqualTo("first");
    assertThat(version.version()).isEqualTo(1);
  }

  @Test
  void publishingTheSameRevisionAgainReturnsTheSameVersion() {
    var machine = machine("m");

    var first = ok(service.publishStateMachineVersion(machine, null, null));
    var again = ok(service.publishStateMachineVersion(machine, null, null));
    var next = update(machine, OTHER);

    assertThat(again.arn()).isEqualTo(first.arn()).isEqualTo(machine + ":1");
    assertThat(next).isEqualTo(machine + ":2");
    assertThat(ok(service.listStateMachineVersions(machine, PageRequest.first())).items())
        .extracting(MachineRecord::arn)
        .containsExactly(machine + ":2", machine + ":1");
  }

  @Test
  void publishingAnOldRevisionIsAConflict() {
    var machine = machine("m");
    var old = ok(service.describeStateMachine(machine)).revisionId();
    ok(
        service.updateStateMachine(
            new MachineUpdate(machine, OTHER, null, null, null, false, null)));
    var current = ok(service.describeStateMachine(machine)).revisionId();

    fails(
        service.publishStateMachineVersion(machine, old, null),
        "ConflictException",
        "Failed to publish the State Machine version for revision "
            + old
            + ". The current State Machine revision is "
            + current
            + ".");
  }

  @Test
  void anAliasRoutesExecutionsToItsVersion() {
    var machine = machine("m");
    var v1 = ok(service.publishStateMachineVersion(machine, null, null)).arn();
    ok(
        service.updateStateMachine(
            new MachineUpdate(machine, OTHER, null, null, null, false, null)));
    var alias =
        ok(service.createStateMachineAlias(new NewAlias("live", "d", List.of(new Route(v1, 100)))));

    var started = ok(service.startExecution(new NewExecution(alias.arn(), "run", null, null)));

    assertThat(alias.arn()).isEqualTo(machine + ":live");
    assertThat(started.arn()).isEqualTo(PREFIX + "execution:m:run");
    assertThat(started.versionArn()).isEqualTo(v1);
    assertThat(started.aliasArn()).isEqualTo(alias.arn());
    assertThat(started.definition()).isEqualTo(PASS);
    assertThat(
            ok(service.listExecutions(new ExecutionQuery(alias.arn(), null, PageRequest.first())))
                .items())
        .hasSize(1);
  }

  @Test
  void weightsSplitExecutionsBetweenTwoVersions() {
    var machine = machine("m");
    var v1 = ok(service.publishStateMachineVersion(machine, null, null)).arn();
    var v2 = update(machine, OTHER);
    var alias =
        ok(
            service.createStateMachineAlias(
                new NewAlias("split", null, List.of(new Route(v1, 50), new Route(v2, 50)))));

    var versions =
        java.util.stream.IntStream.range(0, 40)
            .mapToObj(
                i ->
                    ok(service.startExecution(new NewExecution(alias.arn(), "r" + i, null, null)))
                        .versionArn())
            .distinct()
            .toList();

    assertThat(versions).containsExactlyInAnyOrder(v1, v2);
  }

  @Test
  void routingMustNameDistinctVersionsWhoseWeightsAddUpTo100() {
    var machine = machine("m");
    var v1 = ok(service.publishStateMachineVersion(machine, null, null)).arn();

    fails(
        service.createStateMachineAlias(new NewAlias("a", null, List.of(new Route(machine, 100)))),
        "ValidationException",
        "Routing configuration must contain state machine version ARNs. Received: ["
            + machine
            + "]");
    fails(
        service.createStateMachineAlias(
            new NewAlias("a", null, List.of(new Route(v1, 50), new Route(v1, 50)))),
        "ValidationException",
        "Routing configuration must contain distinct state machine version ARNs. Received: ["
            + v1
            + ", "
            + v1
            + "]");
    fails(
        service.createStateMachineAlias(new NewAlias("a", null, List.of(new Route(v1, 70)))),
        "ValidationException",
        "Sum of routing configuration weights must equal 100. Received: [70]");
  }

  @Test
  void creatingAnAliasAgainWithOtherRoutingIsAConflict() {
    var machine = machine("m");
    var v1 = ok(service.publishStateMachineVersion(machine, null, null)).arn();
    var v2 = update(machine, OTHER);
    var first =
        ok(service.createStateMachineAlias(new NewAlias("a", null, List.of(new Route(v1, 100)))));

    assertThat(
            ok(
                service.createStateMachineAlias(
                    new NewAlias("a", null, List.of(new Route(v1, 100))))))
        .isEqualTo(first);
    fails(
        service.createStateMachineAlias(new NewAlias("a", null, List.of(new Route(v2, 100)))),
        "ConflictException",
        "Failed to create alias because an alias with the same name and a different routing"
            + " configuration already exists.");
  }

  @Test
  void aVersionAnAliasRoutesToCannotBeDeleted() {
    var machine = machine("m");
    var v1 = ok(service.publishStateMachineVersion(machine, null, null)).arn();
    var v2 = update(machine, OTHER);
    var alias =
        ok(
            service.createStateMachineAlias(
                new NewAlias("live", null, List.of(new Route(v1, 100)))));

    fails(
        service.deleteStateMachineVersion(v1),
        "ConflictException",
        "Version to be deleted must not be referenced by an alias. Current list of aliases"
            + " referencing this version: [live]");
    ok(
        service.updateStateMachineAlias(
            new AliasUpdate(alias.arn(), null, List.of(new Route(v2, 100)))));
    ok(service.deleteStateMachineVersion(v1));
    fails(
        service.describeStateMachine(v1),
        "StateMachineDoesNotExist",
        "State Machine Does Not Exist: '" + v1 + "'");
  }

  @Test
  void anUnknownAliasIsResourceNotFound() {
    var machine = machine("m");

    var missing = service.describeStateMachineAlias(machine + ":nope");

    fails(missing, "ResourceNotFound", "Request references a resource that does not exist.");
    assertThat(missing.failure().details()).containsEntry("resourceName", machine + ":nope");
  }

  @Test
  void deletingTheMachineDeletesItsVersionsAndAliases() {
    var machine = machine("m");
    var v1 = ok(service.publishStateMachineVersion(machine, null, null)).arn();
    var alias =
        ok(
            service.createStateMachineAlias(
                new NewAlias("live", null, List.of(new Route(v1, 100)))));

    ok(service.deleteStateMachine(machine));

    assertThat(service.describeStateMachine(v1).isOk()).isFalse();
    assertThat(service.describeStateMachineAlias(alias.arn()).isOk()).isFalse();
  }
}
