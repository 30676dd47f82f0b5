package dev.sluice.asl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Random;
import java.util.UUID;

/** Drives {@link Interpreter#next} from StartAt to the end, counting history event ids. */
final class ExecutionRunner {
  private static final int MAX_TRANSITIONS = 1000;

  private ExecutionRunner() {}

  static Step run(StateMachine machine, JsonNode input) {
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
      contextObject.putObject("Execution").set("Input", input);
      contextObject.putObject("State").put("Name", state);
      contextObject.putObject("StateMachine").put("Name", "conformance-machine");
      Step step =
          Interpreter.next(machine, state, current, new Context(contextObject, entropy, eventId));
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
