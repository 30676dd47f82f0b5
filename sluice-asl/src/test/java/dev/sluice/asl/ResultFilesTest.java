package dev.sluice.asl;

import static dev.sluice.asl.Machines.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResultFilesTest {
  private static final String RUN = "arn:aws:states:us-east-1:1:mapRun:m/Map:run-id";
  private static final Instant AT = Instant.parse("2024-05-01T10:00:00Z");

  private static ChildRun ok(String output) {
    return new ChildRun("e1", "n1", "sm", json("{\"in\": 1}"), json(output), null, null, AT, AT);
  }

  private static ChildRun failed() {
    return new ChildRun("e2", "n2", "sm", json("{}"), null, "Oops", "why", AT, AT);
  }

  @Test
  void filesGoUnderThePrefixAndTheMapRunsIdWithTheManifestLast() {
    ResultFiles.Written written =
        ResultFiles.of(
            new ResultWrite("b", "out", "JSON", "NONE"), RUN, List.of(ok("1"), failed()));

    assertThat(written.files())
        .extracting(ResultFiles.ResultFile::key)
        .containsExactly(
            "out/run-id/FAILED_0.json", "out/run-id/SUCCEEDED_0.json", "out/run-id/manifest.json");
    assertThat(written.output())
        .isEqualTo(
            json(
                """
                {"MapRunArn": "%s",
                 "ResultWriterDetails": {"Bucket": "b", "Key": "out/run-id/manifest.json"}}
                """
                    .formatted(RUN)));
  }

  @Test
  void theManifestListsEachFileWithItsSize() {
    ResultFiles.Written written =
        ResultFiles.of(new ResultWrite("b", "", "JSON", "COMPACT"), RUN, List.of(ok("[1]")));

    String results = written.files().get(0).text();
    assertThat(results).isEqualTo("[[1]]");
    assertThat(json(written.files().get(1).text()))
        .isEqualTo(
            json(
                """
                {"DestinationBucket": "b", "MapRunArn": "%s", "ResultFiles": {"FAILED": [],
                 "PENDING": [], "SUCCEEDED": [{"Key": "run-id/SUCCEEDED_0.json", "Size": 5}]}}
                """
                    .formatted(RUN)));
  }

  @Test
  void noneKeepsEachChildExecutionsDetailsWithInputAndOutputAsText() {
    ResultFiles.Written written =
        ResultFiles.of(new ResultWrite("b", "", "JSON", "NONE"), RUN, List.of(ok("{\"o\": 2}")));

    var entry = json(written.files().get(0).text()).get(0);
    assertThat(entry.path("Input").asText()).isEqualTo("{\"in\":1}");
    assertThat(entry.path("Output").asText()).isEqualTo("{\"o\":2}");
    assertThat(entry.path("Status").asText()).isEqualTo("SUCCEEDED");
    assertThat(entry.path("StartDate").asText()).isEqualTo("2024-05-01T10:00:00Z");
  }

  @Test
  void flattenSpreadsArrayOutputsAndJsonlWritesALinePerEntry() {
    ResultFiles.Written written =
        ResultFiles.of(
            new ResultWrite("b", "", "JSONL", "FLATTEN"), RUN, List.of(ok("[1, 2]"), ok("3")));

    assertThat(written.files().get(0).key()).isEqualTo("run-id/SUCCEEDED_0.jsonl");
    assertThat(written.files().get(0).text()).isEqualTo("1\n2\n3");
  }
}
