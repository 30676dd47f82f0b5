package dev.sluice.asl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Random;
import java.util.UUID;

/** Drives {@link Interpreter#next} from StartAt to the end, counting history event ids. */
final class ExecutionRunner {
  private static final int MAX_TRANSITIONS = 1000;
  private static final String MACHINE_ARN =
      "arn:aws:states:us-east-1:111111111111:stateMachine:conformance-machine";

  private ExecutionRunner() {}

  static Step run(StateMachine machine, JsonNode input, boolean express, boolean synchronous) {
    Random random = new Random(7);
    Entropy entropy =
        new Entropy() {
          @Override
          public int nextInt(int from, int to) {
            return from + random.nextInt(Math.max(1, to - from));
          }

          @Override
          public UUID uuid() {
            return new UUID(random.nextLong(), random.nextLong());
          }
        };
    String state = machine.startAt();
    JsonNode current = input;
    long eventId = 2;
    for (int i = 0; i < MAX_TRANSITIONS; i++) {
      ObjectNode contextObject = ConformanceCases.JSON.createObjectNode();
      ObjectNode execution = contextObject.putObject("Execution");
      String kind = express ? ":express:" : ":execution:";
      String id = MACHINE_ARN.replace(":stateMachine:", kind) + ":run-1";
      execution.put("Id", express ? id + ":run-part-2" : id);
      execution.set("Input", input);
      execution.put("Name", "run-1");
      execution.put("RoleArn", "arn:aws:iam::111111111111:role/conformance");
      execution.put("StartTime", "2026-01-01T00:00:00.000Z");
      if (!synchronous) {
        execution.put("RedriveCount", 0);
      }
      ObjectNode stateObject = contextObject.putObject("State");
      stateObject.put("EnteredTime", "2026-01-01T00:00:00.000Z");
      stateObject.put("Name", state);
      ObjectNode machineObject = contextObject.putObject("StateMachine");
      machineObject.put("Id", MACHINE_ARN);
      machineObject.put("Name", "conformance-machine");
      Step step =
          Interpreter.next(machine, state, current, new Context(contextObject, entropy, eventId));
      if (step instanceof Step.WaitFor wait) {
        step = wait.then();
      }
      if (!(step instanceof Step.Next next)) {
        return step;
      }
      state = next.state();
      current = next.output();
      eventId += 2;
    }
    return new Step.Failed("Runner", "more than " + MAX_TRANSITIONS + " transitions");
  }
}
