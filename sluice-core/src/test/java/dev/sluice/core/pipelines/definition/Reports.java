package dev.sluice.core.pipelines.definition;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.pipelines.ObjectMessages;
import dev.sluice.core.pipelines.PipelineDefinition;
import dev.sluice.core.pipelines.ValidationReport;
import dev.sluice.core.result.Failure;
import java.util.List;

/** Checks a definition and reads what was found. */
final class Reports {
  private Reports() {}

  static ValidationReport check(String json) {
    return check(CliDefinitions.parse(json));
  }

  static ValidationReport check(PipelineDefinition definition) {
    var result = DefinitionCheck.check(definition);
    assertThat(result.isOk()).as("refused: %s", result).isTrue();
    return result.value();
  }

  static Failure refusal(PipelineDefinition definition) {
    var result = DefinitionCheck.check(definition);
    assertThat(result.isOk()).as("accepted: %s", result).isFalse();
    assertThat(result.failure().code()).isEqualTo("InvalidRequestException");
    assertThat(result.failure().status()).isEqualTo(400);
    return result.failure();
  }

  static Failure refusal(String json) {
    return refusal(CliDefinitions.parse(json));
  }

  /** The errors of object {@code id} (none: an empty list). */
  static List<String> errors(String json, String id) {
    return messages(check(json).errors(), id);
  }

  static List<String> warnings(String json, String id) {
    return messages(check(json).warnings(), id);
  }

  static List<String> messages(List<ObjectMessages> found, String id) {
    return found.stream()
        .filter(m -> m.id().equals(id))
        .flatMap(m -> m.messages().stream())
        .toList();
  }

  /** A minimal on-demand pipeline (Default, an Ec2Resource) followed by {@code objects}. */
  static String onDemand(String objects) {
    return """
        {"objects": [
          {"id": "Default", "scheduleType": "ondemand", "role": "DataPipelineDefaultRole",
           "resourceRole": "DataPipelineDefaultResourceRole"},
          {"id": "Ec2", "type": "Ec2Resource", "terminateAfter": "1 Hour"}
          %s
        ]}"""
        .formatted(objects.isBlank() ? "" : "," + objects);
  }
}
