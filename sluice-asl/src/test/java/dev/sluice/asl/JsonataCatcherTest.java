package dev.sluice.asl;

import static dev.sluice.asl.Machines.context;
import static dev.sluice.asl.Machines.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class JsonataCatcherTest {
  private static final String ERROR = "{\"Error\": \"Boom\", \"Cause\": \"why\"}";

  @Test
  void aCatcherAssignsAndOutputsFromTheErrorOutputAndTheInput() {
    Step step =
        JsonataStates.caught(
            json(
                """
                {"ErrorEquals": ["States.ALL"], "Next": "Recover",
                 "Assign": {"lastError": "{% $states.errorOutput.Error %}"},
                 "Output": {"cause": "{% $states.errorOutput.Cause %}", "was": "{% $states.input.n %}"}}
                """),
            json("{\"n\": 1}"),
            json(ERROR),
            context("{}"));

    assertThat(step)
        .isEqualTo(
            new Step.Next(
                "Recover",
                json("{\"cause\":\"why\",\"was\":1}"),
                (ObjectNode) json("{\"lastError\":\"Boom\"}")));
  }

  @Test
  void withoutOutputACatcherPassesTheErrorOutputOn() {
    Step step =
        JsonataStates.caught(
            json("{\"ErrorEquals\": [\"States.ALL\"], \"Next\": \"Recover\"}"),
            json("{}"),
            json(ERROR),
            context("{}"));

    assertThat(step).isEqualTo(new Step.Next("Recover", json(ERROR)));
  }
}
