package dev.sluice.asl;

import static dev.sluice.asl.Machines.context;
import static dev.sluice.asl.Machines.json;
import static dev.sluice.asl.Machines.machine;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MapItemReaderStepTest {

  private static StateMachine map(String language, String fields) {
    return machine(
        """
        {"QueryLanguage": "%s", "StartAt": "M", "States": {"M": {"Type": "Map", %s
          "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED"},
            "StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}},
          "End": true}}}
        """
            .formatted(language, fields));
  }

  @Test
  void aMapWithAnItemReaderAsksForTheResolvedRead() {
    StateMachine machine =
        map(
            "JSONPath",
            """
            "ItemReader": {"Resource": "arn:aws:states:::s3:getObject",
              "Parameters": {"Bucket.$": "$.b", "Key": "k.csv"},
              "ReaderConfig": {"InputType": "CSV", "CSVHeaderLocation": "GIVEN",
                "CSVHeaders": ["x"], "CSVDelimiter": "TAB", "MaxItemsPath": "$max"}},
            """);

    Step step =
        Interpreter.next(machine, "M", json("{\"b\": \"bk\"}"), context("{\"max\": \"3\"}"));

    assertThat(step)
        .isEqualTo(
            new Step.ReadItems(
                new ItemRead(
                    "getObject",
                    json("{\"Bucket\": \"bk\", \"Key\": \"k.csv\"}"),
                    "CSV",
                    List.of("x"),
                    '\t',
                    3)));
  }

  @Test
  void theReadItemsGoThroughTheItemSelectorThenTheBatcher() {
    StateMachine machine =
        map(
            "JSONPath",
            """
            "ItemReader": {"Resource": "arn:aws:states:::s3:listObjectsV2",
              "Parameters": {"Bucket": "b"}},
            "ItemSelector": {"v.$": "$$.Map.Item.Value", "tag.$": "$.tag"},
            "ItemBatcher": {"MaxItemsPerBatch": 2, "BatchInput": {"t.$": "$.tag"}},
            """);

    Step step =
        Interpreter.items(
            machine, "M", json("{\"tag\": \"T\"}"), List.of(json("1"), json("2")), context("{}"));

    assertThat(((Step.RunItems) step).items())
        .containsExactly(
            json(
                """
                {"BatchInput": {"t": "T"},
                 "Items": [{"v": 1, "tag": "T"}, {"v": 2, "tag": "T"}]}
                """));
  }

  @Test
  void jsonataEvaluatesTheArgumentsMaxItemsAndBatcherLimits() {
    StateMachine machine =
        map(
            "JSONata",
            """
            "ItemReader": {"Resource": "arn:aws:states:::s3:getObject",
              "Arguments": {"Bucket": "{% $states.input.b %}", "Key": "k"},
              "ReaderConfig": {"InputType": "JSON", "MaxItems": "{% 1 + 1 %}"}},
            "ItemBatcher": {"MaxItemsPerBatch": "{% $states.input.per %}"},
            """);
    var input = json("{\"b\": \"bk\", \"per\": 1}");

    Step read = Interpreter.next(machine, "M", input, context("{}"));
    Step run = Interpreter.items(machine, "M", input, List.of(json("1"), json("2")), context("{}"));

    assertThat(((Step.ReadItems) read).read().maxItems()).isEqualTo(2);
    assertThat(((Step.ReadItems) read).read().bucket()).isEqualTo("bk");
    assertThat(((Step.RunItems) run).items())
        .containsExactly(json("{\"Items\": [1]}"), json("{\"Items\": [2]}"));
  }

  @Test
  void inlineItemsAreBatchedToo() {
    StateMachine machine =
        map(
            "JSONPath",
            "\"ItemsPath\": \"$.xs\", \"ItemBatcher\": {\"MaxItemsPerBatchPath\": \"$.per\"},");

    Step step =
        Interpreter.next(machine, "M", json("{\"per\": 2, \"xs\": [1, 2, 3]}"), context("{}"));

    assertThat(((Step.RunItems) step).items())
        .containsExactly(json("{\"Items\": [1, 2]}"), json("{\"Items\": [3]}"));
  }

  @Test
  void theMaxConcurrencyPathStillAppliesToTheReadItems() {
    StateMachine machine =
        map(
            "JSONPath",
            """
            "ItemReader": {"Resource": "arn:aws:states:::s3:listObjectsV2",
              "Parameters": {"Bucket": "b"}},
            "MaxConcurrencyPath": "$.width",
            """);

    Step step =
        Interpreter.items(machine, "M", json("{\"width\": 5}"), List.of(json("1")), context("{}"));

    assertThat(((Step.RunItems) step).maxConcurrency()).isEqualTo(5);
  }
}
