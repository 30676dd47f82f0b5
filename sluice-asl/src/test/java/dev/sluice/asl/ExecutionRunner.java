package dev.sluice.asl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.asl.conformance.CaseFiles;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Drives {@link Interpreter#next} from StartAt to the end, doing the work Parallel and Map hand
 * back (inline, one branch or item after the other), counting history event ids and keeping each
 * scope's variables (a branch or item sees a copy of its parent's).
 */
final class ExecutionRunner {
  /** A state that exited, with the variables it assigned (the StateExited event's). */
  record Exit(String state, ObjectNode assigned) {}

  /** How an execution ended, and every state exit on the way. */
  record Outcome(Step step, List<Exit> exits) {}

  private static final int MAX_TRANSITIONS = 10_000;
  private static final String MACHINE_ARN =
      "arn:aws:states:us-east-1:111111111111:stateMachine:conformance-machine";

  private final JsonNode executionInput;
  private final boolean express;
  private final boolean synchronous;
  private final Entropy entropy;
  private final List<Exit> exits = new ArrayList<>();
  private long eventId = 2;
  private int transitions;
  private long elapsedMillis;
  private long timeoutMillis = Long.MAX_VALUE;

  private ExecutionRunner(JsonNode executionInput, boolean express, boolean synchronous) {
    this.executionInput = executionInput;
    this.express = express;
    this.synchronous = synchronous;
    Random random = new Random(7);
    this.entropy =
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
  }

  static Outcome run(StateMachine machine, JsonNode input, boolean express, boolean synchronous) {
    ExecutionRunner runner = new ExecutionRunner(input, express, synchronous);
    if (machine.timeoutSeconds() != null) {
      runner.timeoutMillis = machine.timeoutSeconds() * 1000L;
    }
    Step step = runner.machine(machine, input, CaseFiles.JSON.createObjectNode());
    return new Outcome(step, runner.exits);
  }

  private Step machine(StateMachine machine, JsonNode input, ObjectNode outer) {
    ObjectNode variables = outer.deepCopy();
    String state = machine.startAt();
    JsonNode current = input;
    while (transitions++ < MAX_TRANSITIONS) {
      Step step = attempt(machine, state, current, variables);
      if (elapsedMillis > timeoutMillis) {
        return new Step.Failed("States.Timeout", null);
      }
      ObjectNode assigned = assigned(step);
      if (assigned != null) {
        exits.add(new Exit(state, assigned));
        variables.setAll(assigned);
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

  /** Runs {@code state} until it leaves: a failure goes through Retry and Catch. */
  private Step attempt(StateMachine machine, String state, JsonNode input, ObjectNode variables) {
    List<Integer> attempts = new ArrayList<>();
    while (true) {
      Context context = new Context(contextObject(state), entropy, eventId, variables);
      Step step =
          handOff(machine, state, input, context, Interpreter.next(machine, state, input, context));
      if (!(step instanceof Step.Failed failed)) {
        return step;
      }
      Recovery recovery =
          Recovery.decide(machine, state, input, failed.error(), failed.cause(), attempts, context);
      switch (recovery) {
        case Recovery.Retry retry -> {
          while (attempts.size() <= retry.retrierIndex()) {
            attempts.add(0);
          }
          attempts.set(retry.retrierIndex(), attempts.get(retry.retrierIndex()) + 1);
          elapsedMillis += retry.delayMillis();
          eventId += 2;
        }
        case Recovery.Caught caught -> {
          return caught.next();
        }
        case Recovery.Unhandled unhandled -> {
          return unhandled.failure();
        }
      }
    }
  }

  private Step handOff(
      StateMachine machine, String state, JsonNode input, Context context, Step step) {
    return switch (step) {
      case Step.WaitFor wait -> {
        if (wait.seconds() != null) {
          elapsedMillis += wait.seconds() * 1000;
        }
        yield wait.then();
      }
      case Step.RunBranches run -> {
        ArrayNode results = CaseFiles.JSON.createArrayNode();
        for (StateMachine branch : run.branches()) {
          Step end = machine(branch, run.input(), context.variables());
          if (!(end instanceof Step.Succeeded succeeded)) {
            yield end;
          }
          results.add(succeeded.output());
        }
        yield Interpreter.complete(machine, state, input, results, context);
      }
      case Step.RunItems run -> {
        ArrayNode results = CaseFiles.JSON.createArrayNode();
        for (JsonNode item : run.items()) {
          Step end = machine(run.processor(), item, context.variables());
          if (!(end instanceof Step.Succeeded succeeded)) {
            yield end;
          }
          results.add(succeeded.output());
        }
        yield Interpreter.complete(machine, state, input, results, context);
      }
      default -> step;
    };
  }

  private static ObjectNode assigned(Step step) {
    return switch (step) {
      case Step.Next next -> next.assigned();
      case Step.Succeeded succeeded -> succeeded.assigned();
      default -> null;
    };
  }

  private ObjectNode contextObject(String state) {
    ObjectNode contextObject = CaseFiles.JSON.createObjectNode();
    ObjectNode execution = contextObject.putObject("Execution");
    String kind = express ? ":express:" : ":execution:";
    String id = MACHINE_ARN.replace(":stateMachine:", kind) + ":run-1";
    execution.put("Id", express ? id + ":run-part-2" : id);
    execution.set("Input", executionInput);
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
    return contextObject;
  }
}
