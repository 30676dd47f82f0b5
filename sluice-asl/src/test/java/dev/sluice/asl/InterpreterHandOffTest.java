package dev.sluice.asl;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class InterpreterHandOffTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Entropy FIXED =
      new Entropy() {
        @Override
        public int nextInt(int from, int to) {
          return from;
        }

        @Override
        public UUID uuid() {
          return new UUID(1, 2);
        }
      };

  private static Step run(String states, String state, String input) throws Exception {
    StateMachine machine =
        ((Parsed.Valid)
                AslParser.parse(
                    JSON.readTree("{\"StartAt\":\"" + state + "\",\"States\":" + states + "}")))
            .machine();
    JsonNode context = JSON.createObjectNode();
    return Interpreter.next(machine, state, JSON.readTree(input), new Context(context, FIXED, 2));
  }

  @Test
  void aTaskAsksTheCallerToInvokeItsResourceWithItsParameters() throws Exception {
    Step step =
        run(
            "{\"T\":{\"Type\":\"Task\",\"Resource\":\"arn:r\",\"Parameters\":{\"v.$\":\"$.a\"},\"End\":true}}",
            "T",
            "{\"a\":5}");
    assertThat(step).isEqualTo(new Step.Invoke("arn:r", JSON.readTree("{\"v\":5}")));
  }

  @Test
  void aWaitReadsItsSecondsFromTheInputAndThenMovesOn() throws Exception {
    Step step =
        run(
            "{\"W\":{\"Type\":\"Wait\",\"SecondsPath\":\"$.s\",\"Next\":\"E\"},\"E\":{\"Type\":\"Succeed\"}}",
            "W",
            "{\"s\":3}");
    assertThat(step)
        .isEqualTo(new Step.WaitFor(3L, null, new Step.Next("E", JSON.readTree("{\"s\":3}"))));
  }

  @Test
  void aChoiceWithoutMatchOrDefaultFailsWithNoChoiceMatched() throws Exception {
    Step step =
        run(
            "{\"C\":{\"Type\":\"Choice\",\"Choices\":[{\"Variable\":\"$.n\",\"NumericEquals\":1,\"Next\":\"E\"}]},"
                + "\"E\":{\"Type\":\"Succeed\"}}",
            "C",
            "{\"n\":2}");
    assertThat(step).isEqualTo(new Step.Failed("States.NoChoiceMatched", "No Matches!"));
  }

  @Test
  void mathRandomTakesItsNumberFromTheInjectedEntropy() throws Exception {
    Step step =
        run(
            "{\"P\":{\"Type\":\"Pass\",\"Parameters\":{\"r.$\":\"States.MathRandom(7, 9)\",\"u.$\":\"States.UUID()\"},\"End\":true}}",
            "P",
            "{}");
    assertThat(step)
        .isEqualTo(new Step.Succeeded(JSON.readTree("{\"r\":7,\"u\":\"" + new UUID(1, 2) + "\"}")));
  }
}
