package dev.sluice.store.workflowservice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.workflows.MachineType;
import dev.sluice.core.workflows.MachineUpdate;
import dev.sluice.core.workflows.NewMachine;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A LoggingConfiguration's log group ARN must carry the {@code :*} qualifier. */
class LoggingConfigurationTest extends WorkflowServiceFixture {
  static final String GROUP = "arn:aws:logs:us-east-1:123456789012:log-group:/aws/vendedlogs/x";
  static final String QUALIFIER =
      "Invalid Logging Configuration: Log Group ARN must be provided with '*' qualifier.";

  private static String logging(String arn) {
    return "{\"level\":\"ALL\",\"includeExecutionData\":true,\"destinations\":"
        + "[{\"cloudWatchLogsLogGroup\":{\"logGroupArn\":\""
        + arn
        + "\"}}]}";
  }

  private static NewMachine machine(String name, String logging) {
    return new NewMachine(
        name, PASS, ROLE, MachineType.EXPRESS, logging, null, Map.of(), false, null);
  }

  @Test
  void aGroupArnWithTheQualifierIsKept() {
    var arn = ok(service.createStateMachine(SCOPE, machine("logged", logging(GROUP + ":*"))));

    assertThat(ok(service.describeStateMachine(arn.machineArn())).loggingConfiguration())
        .isEqualTo(logging(GROUP + ":*"));
  }

  @Test
  void creatingWithAGroupArnWithoutTheQualifierIsInvalidLoggingConfiguration() {
    fails(
        service.createStateMachine(SCOPE, machine("logged", logging(GROUP))),
        "InvalidLoggingConfiguration",
        QUALIFIER);
  }

  @Test
  void updatingToAGroupArnWithoutTheQualifierIsInvalidLoggingConfiguration() {
    var arn = machine("plain");

    fails(
        service.updateStateMachine(
            new MachineUpdate(arn, null, null, logging(GROUP), null, false, null)),
        "InvalidLoggingConfiguration",
        QUALIFIER);
  }
}
