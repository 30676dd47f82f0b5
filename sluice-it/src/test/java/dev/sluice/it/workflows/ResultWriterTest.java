package dev.sluice.it.workflows;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.asl.conformance.CaseFiles;
import dev.sluice.it.support.S3Clients;
import dev.sluice.it.support.StepFunctionsClients;
import dev.sluice.junit.SluiceExtension;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A distributed Map with a ResultWriter writes its children's results under {@code <Prefix>/<map
 * run id>/} and outputs the ResultWriterDetails instead of the results.
 */
class ResultWriterTest {
  @RegisterExtension static SluiceExtension sluice = new SluiceExtension();

  private static Machines machines;

  @BeforeAll
  static void clients() {
    machines =
        new Machines(StepFunctionsClients.sfn(sluice.endpoint()), S3Clients.s3(sluice.endpoint()));
  }

  @Test
  void writesTheManifestAndTheSucceededResultsAndOutputsWhereTheyAre() {
    String bucket = machines.bucket();
    String output = machines.succeed(machine(bucket, ""));
    JsonNode details = json(output);
    String key = details.path("ResultWriterDetails").path("Key").asText();
    String runId = details.path("MapRunArn").asText().replaceAll(".*:", "");
    assertThat(details.path("ResultWriterDetails").path("Bucket").asText()).isEqualTo(bucket);
    assertThat(key).isEqualTo("results/" + runId + "/manifest.json");
    JsonNode manifest = json(machines.get(bucket, key));
    assertThat(manifest.path("DestinationBucket").asText()).isEqualTo(bucket);
    assertThat(manifest.path("ResultFiles").path("FAILED")).isEmpty();
    JsonNode succeeded = manifest.path("ResultFiles").path("SUCCEEDED").get(0);
    assertThat(succeeded.path("Key").asText()).isEqualTo("results/" + runId + "/SUCCEEDED_0.json");
    JsonNode results = json(machines.get(bucket, succeeded.path("Key").asText()));
    assertThat(results).hasSize(2);
    assertThat(results.get(0).path("Status").asText()).isEqualTo("SUCCEEDED");
    assertThat(json(results.get(1).path("Output").asText())).isEqualTo(json("{\"n\":2}"));
    assertThat(results.get(0).path("ExecutionArn").asText()).contains(":execution:");
  }

  @Test
  void writesOnlyTheOutputsWhenTheTransformationIsCompact() {
    String bucket = machines.bucket();
    String output =
        machines.succeed(
            machine(
                bucket,
                ",\"WriterConfig\":{\"OutputType\":\"JSON\",\"Transformation\":\"COMPACT\"}"));
    String key = json(output).path("ResultWriterDetails").path("Key").asText();
    JsonNode manifest = json(machines.get(bucket, key));
    String file = manifest.path("ResultFiles").path("SUCCEEDED").get(0).path("Key").asText();
    assertThat(json(machines.get(bucket, file))).isEqualTo(json("[{\"n\":1},{\"n\":2}]"));
  }

  private static String machine(String bucket, String writerConfig) {
    return "{\"StartAt\":\"Items\",\"States\":{\"Items\":{\"Type\":\"Pass\","
        + "\"Result\":[{\"n\":1},{\"n\":2}],\"Next\":\"M\"},\"M\":{\"Type\":\"Map\","
        + "\"ItemProcessor\":{\"ProcessorConfig\":{\"Mode\":\"DISTRIBUTED\","
        + "\"ExecutionType\":\"STANDARD\"},\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\","
        + "\"End\":true}}},\"ResultWriter\":{\"Resource\":\"arn:aws:states:::s3:putObject\","
        + "\"Parameters\":{\"Bucket\":\""
        + bucket
        + "\",\"Prefix\":\"results\"}"
        + writerConfig
        + "},\"End\":true}}}";
  }

  private static JsonNode json(String text) {
    try {
      return CaseFiles.JSON.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
