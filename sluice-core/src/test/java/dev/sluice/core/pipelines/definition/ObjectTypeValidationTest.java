package dev.sluice.core.pipelines.definition;

import static dev.sluice.core.pipelines.definition.Reports.errors;
import static dev.sluice.core.pipelines.definition.Reports.onDemand;
import static dev.sluice.core.pipelines.definition.Reports.warnings;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Every object has a type Sluice runs, its own or its parent's. */
class ObjectTypeValidationTest {

  @Test
  void reportsAnObjectWithoutAType() {
    var json = onDemand("{\"id\": \"Hello\", \"command\": \"echo hello\"}");

    assertThat(errors(json, "Hello"))
        .containsExactly("MISSING_REQUIRED_FIELD:  'type' is required.");
  }

  @Test
  void reportsATypeDataPipelineDoesNotHave() {
    var json = onDemand("{\"id\": \"Hello\", \"type\": \"ShellActivity\"}");

    assertThat(errors(json, "Hello"))
        .containsExactly("INVALID_OBJECT_TYPE:  'ShellActivity' is not a valid object type.");
  }

  @Test
  void reportsADataPipelineTypeSluiceDoesNotRun() {
    var json =
        onDemand("{\"id\": \"Query\", \"type\": \"HiveActivity\", \"runsOn\": {\"ref\": \"Ec2\"}}");

    assertThat(errors(json, "Query"))
        .containsExactly(
            "UNSUPPORTED_OBJECT_TYPE:  Sluice does not run objects of type 'HiveActivity'.");
  }

  @Test
  void warnsThatConfigurationObjectsAreIgnored() {
    var json =
        onDemand(
            """
            {"id": "Sse", "type": "EmrConfiguration", "classification": "emrfs-site"},
            {"id": "Cluster", "type": "EmrCluster", "releaseLabel": "emr-5.36.0",
             "configuration": {"ref": "Sse"}}""");

    assertThat(errors(json, "Sse")).isEmpty();
    assertThat(errors(json, "Cluster")).isEmpty();
    assertThat(warnings(json, "Sse"))
        .containsExactly("Sluice accepts objects of type 'EmrConfiguration' but ignores them.");
  }

  @Test
  void acceptsAnObjectWithoutATypeThatOthersUseAsParent() {
    var json =
        onDemand(
            """
            {"id": "Common", "maximumRetries": "2", "runsOn": {"ref": "Ec2"}},
            {"id": "Hello", "type": "ShellCommandActivity", "parent": {"ref": "Common"},
             "command": "echo hello"}""");

    assertThat(Reports.check(json).errored()).isFalse();
  }

  @Test
  void takesTheTypeFromTheParent() {
    var json =
        onDemand(
            """
            {"id": "Template", "type": "ShellCommandActivity", "runsOn": {"ref": "Ec2"},
             "command": "echo template"},
            {"id": "Hello", "parent": {"ref": "Template"}, "command": "echo hello"}""");

    assertThat(errors(json, "Hello")).isEmpty();
  }

  @Test
  void acceptsADefaultObjectWithoutAType() {
    var json = onDemand("");

    assertThat(Reports.check(json).errored()).isFalse();
  }
}
