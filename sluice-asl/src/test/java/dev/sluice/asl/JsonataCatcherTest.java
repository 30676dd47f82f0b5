package dev.sluice.asl;

import static dev.sluice.asl.Machines.context;
import static dev.sluice.asl.Machines.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.asl.internal.StateFailure;
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
            0,
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
            0,
            json("{}"),
            json(ERROR),
            context("{}"));

    assertThat(step).isEqualTo(new Step.Next("Recover", json(ERROR)));
  }

  @Test
  void anUndefinedCatcherOutputFailsNamingTheCatchersPosition() {
    assertThatThrownBy(
            () ->
                JsonataStates.caught(
                    json(
                        """
                        {"ErrorEquals": ["States.ALL"], "Next": "Recover",
                         "Output": {"v": "{% $states.errorOutput.absent %}"}}
                        """),
                    1,
                    json("{}"),
                    json(ERROR),
                    context("{}")))
        .isInstanceOf(StateFailure.class)
        .hasMessage(
            "The JSONata expression '$states.errorOutput.absent' specified for the field"
                + " 'Catch[1]/Output/v' returned nothing (undefined).");
  }
}
