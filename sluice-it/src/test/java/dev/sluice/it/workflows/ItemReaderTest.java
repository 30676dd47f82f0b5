package dev.sluice.it.workflows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.asl.conformance.CaseFiles;
import dev.sluice.it.support.LambdaClients;
import dev.sluice.it.support.LogsClients;
import dev.sluice.it.support.S3Clients;
import dev.sluice.it.support.StepFunctionsClients;
import dev.sluice.junit.SluiceExtension;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The recorded cases of distributed Map states that read their items from S3 (ItemReader, with
 * ItemBatcher): each runs against Sluice through the SDK and must end, output and record its
 * history event types as AWS did.
 */
class ItemReaderTest {
  @RegisterExtension static SluiceExtension sluice = new SluiceExtension();

  private static CaseRunner runner;
  private static Machines machines;

  @BeforeAll
  static void clients() {
    runner =
        new CaseRunner(
            StepFunctionsClients.sfn(sluice.endpoint()),
            LambdaClients.lambda(sluice.endpoint()),
            S3Clients.s3(sluice.endpoint()),
            CaseRunner.sns(sluice.endpoint()),
            LogsClients.logs(sluice.endpoint()),
            () -> {});
    machines =
        new Machines(StepFunctionsClients.sfn(sluice.endpoint()), S3Clients.s3(sluice.endpoint()));
  }

  static Stream<String> itemReaderCases() {
    Path directory = CaseFiles.directory();
    if (directory == null) {
      return Stream.of("(no cases)");
    }
    List<String> files = new ArrayList<>();
    for (JsonNode entry : CaseFiles.read(directory.resolve("_index.json"))) {
      if (entry.path("features").toString().contains("\"Map.ItemReader\"")) {
        files.add(entry.path("file").asText());
      }
    }
    return files.stream();
  }

  @Test
  void readsEachLineOfAJsonLinesObjectAsAnItem() {
    String bucket = machines.bucket();
    machines.put(bucket, "items.jsonl", "{\"a\":1}\n\n[2,3]\n\"x\"\n");
    String output =
        machines.succeed(
            distributedMap(
                bucket, "{\"InputType\":\"JSONL\"}", "getObject", "\"Key\":\"items.jsonl\""));
    assertThat(json(output)).isEqualTo(json("[{\"a\":1},[2,3],\"x\"]"));
  }

  @Test
  void readsQuotedFieldsWithTheGivenDelimiterAndHeaders() {
    String bucket = machines.bucket();
    machines.put(bucket, "rows.csv", "\"x;y\";2\n\"say \"\"hi\"\"\";4\n");
    String config =
        "{\"InputType\":\"CSV\",\"CSVDelimiter\":\"SEMICOLON\",\"CSVHeaderLocation\":\"GIVEN\","
            + "\"CSVHeaders\":[\"A\",\"B\"]}";
    String output =
        machines.succeed(distributedMap(bucket, config, "getObject", "\"Key\":\"rows.csv\""));
    assertThat(json(output))
        .isEqualTo(json("[{\"A\":\"x;y\",\"B\":\"2\"},{\"A\":\"say \\\"hi\\\"\",\"B\":\"4\"}]"));
  }

  @Test
  void listsTheObjectsUnderAPrefixAsItems() {
    String bucket = machines.bucket();
    machines.put(bucket, "in/a.txt", "hello");
    machines.put(bucket, "in/b.txt", "hi");
    machines.put(bucket, "out/c.txt", "no");
    String output =
        machines.succeed(distributedMap(bucket, null, "listObjectsV2", "\"Prefix\":\"in/\""));
    JsonNode items = json(output);
    assertThat(items).hasSize(2);
    assertThat(items.get(0).path("Key").asText()).isEqualTo("in/a.txt");
    assertThat(items.get(0).path("Size").asLong()).isEqualTo(5);
    assertThat(items.get(0).path("Etag").asText())
        .isEqualTo("\"5d41402abc4b2a76b9719d911017c592\"");
    assertThat(items.get(0).path("LastModified").isIntegralNumber()).isTrue();
    assertThat(items.get(1).path("StorageClass").asText()).isEqualTo("STANDARD");
  }

  @Test
  void failsTheMapRunWhenTheObjectDoesNotExist() {
    String bucket = machines.bucket();
    var ended =
        machines.run(
            distributedMap(bucket, "{\"InputType\":\"JSON\"}", "getObject", "\"Key\":\"none\""));
    assertThat(ended.statusAsString()).isEqualTo("FAILED");
    assertThat(ended.error()).isEqualTo("States.ItemReaderFailed");
  }

  static String distributedMap(String bucket, String config, String action, String where) {
    return "{\"StartAt\":\"M\",\"States\":{\"M\":{\"Type\":\"Map\",\"ItemReader\":{"
        + "\"Resource\":\"arn:aws:states:::s3:"
        + action
        + "\","
        + (config == null ? "" : "\"ReaderConfig\":" + config + ",")
        + "\"Parameters\":{\"Bucket\":\""
        + bucket
        + "\","
        + where
        + "}},\"ItemProcessor\":{\"ProcessorConfig\":{\"Mode\":\"DISTRIBUTED\","
        + "\"ExecutionType\":\"STANDARD\"},\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\","
        + "\"End\":true}}},\"End\":true}}}";
  }

  private static JsonNode json(String text) {
    try {
      return CaseFiles.JSON.readTree(text);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @ParameterizedTest
  @MethodSource("itemReaderCases")
  void runsTheRecordedCaseAsAwsDid(String file) {
    Path directory = CaseFiles.directory();
    assumeTrue(directory != null, "shared/conformance/asl/cases not found");
    JsonNode testCase = CaseFiles.read(directory.resolve(file));
    assertThat(runner.run(testCase)).isNull();
  }
}
