package dev.sluice.bench.asl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.asl.AslParser;
import dev.sluice.asl.Context;
import dev.sluice.asl.Entropy;
import dev.sluice.asl.Interpreter;
import dev.sluice.asl.Parsed;
import dev.sluice.asl.StateMachine;
import dev.sluice.asl.Step;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * The pure interpreter's hot loop on one thread: a chain of {@value #STATES} states alternating
 * Pass (Result placed at {@code $.last}) and Choice (a numeric rule on {@code $.last}), driven
 * through {@link Interpreter#next} from StartAt to the end. The score is transitions per second
 * (one operation is one transition). {@code fields} adds that many unrelated fields to the input,
 * to show what copying the input costs. Run with {@code java -cp
 * 'sluice-bench/target/classes:sluice-bench/target/lib/*'
 * dev.sluice.bench.asl.InterpreterBenchmark} after {@code ./mvnw -q -B -Dquick -pl sluice-bench -am
 * package}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class InterpreterBenchmark {
  static final int STATES = 100;
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Unrelated fields in the execution input. */
  @Param({"1", "50"})
  public int fields;

  private StateMachine machine;
  private JsonNode input;
  private Context context;

  @Setup
  public void parse() {
    Parsed parsed = AslParser.parse(chain());
    if (!(parsed instanceof Parsed.Valid valid)) {
      throw new IllegalStateException(((Parsed.Invalid) parsed).message());
    }
    machine = valid.machine();
    ObjectNode object = JSON.createObjectNode();
    for (int i = 0; i < fields; i++) {
      object.put("field" + i, "value " + i);
    }
    object.put("last", 0);
    input = object;
    ObjectNode contextObject = JSON.createObjectNode();
    contextObject.putObject("Execution").put("Name", "bench");
    contextObject.putObject("State").put("Name", "S0");
    context = new Context(contextObject, new FixedEntropy(), 2);
  }

  /** Runs the chain once: {@value #STATES} transitions. */
  @Benchmark
  @OperationsPerInvocation(STATES)
  public JsonNode transitions() {
    String state = machine.startAt();
    JsonNode current = input;
    while (true) {
      Step step = Interpreter.next(machine, state, current, context);
      if (step instanceof Step.Next next) {
        state = next.state();
        current = next.output();
      } else if (step instanceof Step.Succeeded succeeded) {
        return succeeded.output();
      } else {
        throw new IllegalStateException("Unexpected step " + step);
      }
    }
  }

  static ObjectNode chain() {
    ObjectNode definition = JSON.createObjectNode();
    definition.put("StartAt", "S0");
    ObjectNode states = definition.putObject("States");
    for (int i = 0; i < STATES; i++) {
      ObjectNode state = states.putObject("S" + i);
      boolean last = i == STATES - 1;
      if (i % 2 == 0) {
        state.put("Type", "Pass");
        state.put("Result", i);
        state.put("ResultPath", "$.last");
      } else {
        state.put("Type", "Choice");
        ObjectNode rule = state.putArray("Choices").addObject();
        rule.put("Variable", "$.last");
        rule.put("NumericGreaterThanEquals", 0);
        rule.put("Next", last ? "Done" : "S" + (i + 1));
        state.put("Default", "Done");
        continue;
      }
      if (last) {
        state.put("End", true);
      } else {
        state.put("Next", "S" + (i + 1));
      }
    }
    states.putObject("Done").put("Type", "Succeed");
    return definition;
  }

  /** No randomness is drawn by Pass and Choice; this only satisfies the port. */
  private static final class FixedEntropy implements Entropy {
    @Override
    public int nextInt(int from, int to) {
      return from;
    }

    @Override
    public UUID uuid() {
      return new UUID(0, 0);
    }
  }

  public static void main(String[] args) throws RunnerException {
    new Runner(new OptionsBuilder().include(InterpreterBenchmark.class.getSimpleName()).build())
        .run();
  }
}
