package dev.sluice.store.workflowservice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.workflows.MachineRecord;
import dev.sluice.core.workflows.MachineType;
import dev.sluice.core.workflows.MachineUpdate;
import dev.sluice.core.workflows.NewMachine;
import dev.sluice.core.workflows.PageRequest;
import java.util.ArrayList;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StateMachineLifecycleTest extends WorkflowServiceFixture {

  private NewMachine machine(String name, String definition) {
    return new NewMachine(
        name,
        definition,
        ROLE,
        null,
        "{\"level\":\"ALL\"}",
        null,
        Map.of("team", "a"),
        false,
        null);
  }

  @Test
  void aCreatedMachineIsDescribedWithItsDefinitionTypeAndConfigurations() {
    var created = ok(service.createStateMachine(SCOPE, machine("orders", PASS)));

    assertThat(created.machineArn()).isEqualTo(PREFIX + "stateMachine:orders");
    assertThat(created.created()).isEqualTo(clock.now());
    assertThat(created.versionArn()).isNull();
    var described = ok(service.describeStateMachine(created.machineArn()));
    assertThat(described.definition()).isEqualTo(PASS);
    assertThat(described.type()).isEqualTo(MachineType.STANDARD);
    assertThat(described.loggingConfiguration()).isEqualTo("{\"level\":\"ALL\"}");
    assertThat(described.deleting()).isFalse();
    assertThat(ok(service.listTagsForResource(created.machineArn()))).containsEntry("team", "a");
  }

  @Test
  void creatingTheSameMachineAgainReturnsIt() {
    var first = ok(service.createStateMachine(SCOPE, machine("orders", PASS)));
    clock.advance(java.time.Duration.ofMinutes(1));

    var again = ok(service.createStateMachine(SCOPE, machine("orders", PASS)));

    assertThat(again).isEqualTo(first);
  }

  @Test
  void aDifferentMachineOfAnExistingNameIsStateMachineAlreadyExists() {
    service.createStateMachine(SCOPE, machine("orders", PASS));

    fails(
        service.createStateMachine(
            SCOPE,
            machine("orders", "{\"StartAt\":\"Q\",\"States\":{\"Q\":{\"Type\":\"Succeed\"}}}")),
        "StateMachineAlreadyExists",
        "State Machine Already Exists: '" + PREFIX + "stateMachine:orders'");
  }

  @Test
  void namesWithForbiddenCharactersAreInvalidName() {
    for (var name : new String[] {"a b", "a:b", "a/b", "a*b", "tab\tname", "x".repeat(81)}) {
      fails(
          service.createStateMachine(SCOPE, machine(name, PASS)),
          "InvalidName",
          "Invalid Name: '" + name + "'");
    }
  }

  @Test
  void anInvalidDefinitionIsInvalidDefinitionWithTheParsersProblems() {
    fails(
        service.createStateMachine(
            SCOPE, machine("m", "{\"States\":{\"P\":{\"Type\":\"Pass\",\"End\":true}}}")),
        "InvalidDefinition",
        "Invalid State Machine Definition: 'SCHEMA_VALIDATION_FAILED: These fields are required:"
            + " [StartAt] at /'");
    var notJson = service.createStateMachine(SCOPE, machine("m", "{nope"));
    assertThat(notJson.failure().code()).isEqualTo("InvalidDefinition");
    assertThat(notJson.failure().message())
        .startsWith("Invalid State Machine Definition: 'INVALID_JSON_DESCRIPTION: ");
  }

  @Test
  void aVersionDescriptionWithoutPublishIsAValidationException() {
    fails(
        service.createStateMachine(
            SCOPE, new NewMachine("m", PASS, ROLE, null, null, null, Map.of(), false, "v1")),
        "ValidationException",
        "Version description can only be set when publish is true");
  }

  @Test
  void anUpdateMakesANewRevisionUnlessNothingChanged() {
    var arn = machine("m");
    var before = ok(service.describeStateMachine(arn)).revisionId();

    var same =
        ok(service.updateStateMachine(new MachineUpdate(arn, PASS, null, null, null, false, null)));
    var changed =
        ok(
            service.updateStateMachine(
                new MachineUpdate(arn, null, ROLE + "2", null, null, false, null)));

    assertThat(same.revisionId()).isEqualTo(before);
    assertThat(changed.revisionId()).isNotEqualTo(before);
    assertThat(ok(service.describeStateMachine(arn)).roleArn()).isEqualTo(ROLE + "2");
  }

  @Test
  void anUpdateOfNothingIsMissingRequiredParameter() {
    var arn = machine("m");

    fails(
        service.updateStateMachine(new MachineUpdate(arn, null, null, null, null, false, null)),
        "MissingRequiredParameter",
        "Either the definition, the role ARN, the LoggingConfiguration, or the"
            + " TracingConfiguration must be specified");
  }

  @Test
  void anUpdateOfAnUnknownMachineIsStateMachineDoesNotExist() {
    fails(
        service.updateStateMachine(
            new MachineUpdate(PREFIX + "stateMachine:nope", PASS, null, null, null, false, null)),
        "StateMachineDoesNotExist",
        "State Machine Does Not Exist: '" + PREFIX + "stateMachine:nope'");
  }

  @Test
  void machinesAreListedInPagesUntilTheLast() {
    for (var name : new String[] {"e", "a", "d", "b", "c"}) {
      machine(name);
    }
    var names = new ArrayList<String>();
    String token = null;
    int pages = 0;
    do {
      var page = ok(service.listStateMachines(new PageRequest(2, token)));
      page.items().stream().map(MachineRecord::name).forEach(names::add);
      token = page.nextToken();
      pages++;
    } while (token != null);

    assertThat(names).containsExactly("a", "b", "c", "d", "e");
    assertThat(pages).isEqualTo(3);
  }

  @Test
  void aGarbageTokenIsInvalidToken() {
    machine("a");

    fails(
        service.listStateMachines(new PageRequest(null, "garbage!")),
        "InvalidToken",
        "Invalid Token: 'Invalid token'");
  }

  @Test
  void deletingAMachineWithoutExecutionsRemovesIt() {
    var arn = machine("m");

    ok(service.deleteStateMachine(arn));

    fails(
        service.describeStateMachine(arn),
        "StateMachineDoesNotExist",
        "State Machine Does Not Exist: '" + arn + "'");
    assertThat(service.deleteStateMachine(arn).isOk()).isTrue();
  }
}
