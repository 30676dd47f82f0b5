package dev.sluice.store.workflowservice;

import dev.sluice.core.workflows.NewExecution;
import org.junit.jupiter.api.Test;

class ArnValidationTest extends WorkflowServiceFixture {

  @Test
  void somethingThatIsNotAStatesArnHasAnInvalidPrefix() {
    fails(
        service.describeStateMachine("not-an-arn"),
        "InvalidArn",
        "Invalid Arn: 'Invalid ARN prefix: not-an-arn'");
    fails(
        service.describeExecution("arn:aws:lambda:us-east-1:123456789012:function:f"),
        "InvalidArn",
        "Invalid Arn: 'Invalid ARN prefix: arn:aws:lambda:us-east-1:123456789012:function:f'");
  }

  @Test
  void anArnOfAnotherResourceTypeIsNotValidInThisContext() {
    fails(
        service.startExecution(new NewExecution(PREFIX + "execution:m:run", null, null, null)),
        "InvalidArn",
        "Invalid Arn: 'Resource type not valid in this context: execution'");
    fails(
        service.describeExecution(PREFIX + "stateMachine:m"),
        "InvalidArn",
        "Invalid Arn: 'Resource type not valid in this context: stateMachine'");
    fails(
        service.describeActivity(PREFIX + "stateMachine:m"),
        "InvalidArn",
        "Invalid Arn: 'Resource type not valid in this context: stateMachine'");
  }

  @Test
  void expressExecutionsAreNotDescribed() {
    fails(
        service.describeExecution(PREFIX + "express:m:run:6f1c1c47-0000-4000-8000-000000000000"),
        "InvalidArn",
        "Invalid Arn: 'Resource type not valid in this context: express'");
  }

  @Test
  void anArnWithTheWrongPartsIsInvalid() {
    fails(
        service.describeExecution(PREFIX + "execution:m"),
        "InvalidArn",
        "Invalid Arn: '" + PREFIX + "execution:m'");
    fails(
        service.describeStateMachine(PREFIX + "stateMachine:a b"),
        "InvalidArn",
        "Invalid Arn: '" + PREFIX + "stateMachine:a b'");
  }

  @Test
  void unknownResourcesAreNamedInTheirDoesNotExistMessages() {
    fails(
        service.describeStateMachine(PREFIX + "stateMachine:nope"),
        "StateMachineDoesNotExist",
        "State Machine Does Not Exist: '" + PREFIX + "stateMachine:nope'");
    fails(
        service.describeExecution(PREFIX + "execution:nope:run"),
        "ExecutionDoesNotExist",
        "Execution Does Not Exist: '" + PREFIX + "execution:nope:run'");
    fails(
        service.describeActivity(PREFIX + "activity:nope"),
        "ActivityDoesNotExist",
        "Activity Does Not Exist: '" + PREFIX + "activity:nope'");
    fails(
        service.getExecutionHistory(
            new dev.sluice.core.workflows.HistoryQuery(
                PREFIX + "execution:nope:run",
                false,
                true,
                dev.sluice.core.workflows.PageRequest.first())),
        "ExecutionDoesNotExist",
        "Execution Does Not Exist: '" + PREFIX + "execution:nope:run'");
  }
}
