package dev.sluice.it.workflows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.asl.conformance.CaseFiles;
import dev.sluice.it.support.LambdaClients;
import dev.sluice.it.support.S3Clients;
import dev.sluice.it.support.StepFunctionsClients;
import dev.sluice.junit.SluiceExtension;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
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

  @BeforeAll
  static void clients() {
    runner =
        new CaseRunner(
            StepFunctionsClients.sfn(sluice.endpoint()),
            LambdaClients.lambda(sluice.endpoint()),
            S3Clients.s3(sluice.endpoint()),
            () -> {});
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

  @ParameterizedTest
  @MethodSource("itemReaderCases")
  void runsTheRecordedCaseAsAwsDid(String file) {
    Path directory = CaseFiles.directory();
    assumeTrue(directory != null, "shared/conformance/asl/cases not found");
    JsonNode testCase = CaseFiles.read(directory.resolve(file));
    assertThat(runner.run(testCase)).isNull();
  }
}
