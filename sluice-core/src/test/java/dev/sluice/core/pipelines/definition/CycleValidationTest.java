package dev.sluice.core.pipelines.definition;

import static dev.sluice.core.pipelines.definition.Reports.errors;
import static dev.sluice.core.pipelines.definition.Reports.onDemand;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** No object inherits from itself or waits on itself. */
class CycleValidationTest {

  private static String shell(String id, String extra) {
    return """
        {"id": "%s", "type": "ShellCommandActivity", "runsOn": {"ref": "Ec2"},
         "command": "echo %s" %s}"""
        .formatted(id, id, extra);
  }

  @Test
  void reportsEveryObjectOnAParentCycle() {
    var json =
        onDemand(
            """
            {"id": "A", "parent": {"ref": "B"}},
            {"id": "B", "parent": {"ref": "A"}}""");

    assertThat(errors(json, "A"))
        .contains("CYCLIC_DEPENDENCY:  'parent' references form a cycle: A -> B -> A.");
    assertThat(errors(json, "B"))
        .contains("CYCLIC_DEPENDENCY:  'parent' references form a cycle: B -> A -> B.");
  }

  @Test
  void reportsAnObjectThatIsItsOwnParent() {
    var json = onDemand(shell("A", ", \"parent\": {\"ref\": \"A\"}"));

    assertThat(errors(json, "A"))
        .containsExactly("CYCLIC_DEPENDENCY:  'parent' references form a cycle: A -> A.");
  }

  @Test
  void reportsADependsOnCycle() {
    var json =
        onDemand(
            shell("A", ", \"dependsOn\": {\"ref\": \"C\"}")
                + ","
                + shell("B", ", \"dependsOn\": {\"ref\": \"A\"}")
                + ","
                + shell("C", ", \"dependsOn\": {\"ref\": \"B\"}"));

    assertThat(errors(json, "A"))
        .containsExactly("CYCLIC_DEPENDENCY:  the object depends on itself: A -> C -> B -> A.");
    assertThat(errors(json, "B")).hasSize(1);
    assertThat(errors(json, "C")).hasSize(1);
  }

  @Test
  void reportsAnActivityThatDependsOnItself() {
    var json = onDemand(shell("A", ", \"dependsOn\": {\"ref\": \"A\"}"));

    assertThat(errors(json, "A"))
        .containsExactly("CYCLIC_DEPENDENCY:  the object depends on itself: A -> A.");
  }

  @Test
  void reportsActivitiesThatFeedEachOtherThroughDataNodes() {
    var json =
        onDemand(
            """
            {"id": "D1", "type": "S3DataNode", "directoryPath": "s3://b/one/"},
            {"id": "D2", "type": "S3DataNode", "directoryPath": "s3://b/two/"},
            """
                + shell("A", ", \"input\": {\"ref\": \"D2\"}, \"output\": {\"ref\": \"D1\"}")
                + ","
                + shell("B", ", \"input\": {\"ref\": \"D1\"}, \"output\": {\"ref\": \"D2\"}"));

    assertThat(errors(json, "A"))
        .containsExactly(
            "CYCLIC_DEPENDENCY:  the object depends on itself: A -> D2 -> B -> D1 -> A.");
  }

  @Test
  void acceptsAChainOfActivitiesAndDataNodes() {
    var json =
        onDemand(
            """
            {"id": "D1", "type": "S3DataNode", "directoryPath": "s3://b/one/"},
            {"id": "D2", "type": "S3DataNode", "directoryPath": "s3://b/two/"},
            """
                + shell("A", ", \"output\": {\"ref\": \"D1\"}")
                + ","
                + shell("B", ", \"input\": {\"ref\": \"D1\"}, \"output\": {\"ref\": \"D2\"}")
                + ","
                + shell("C", ", \"dependsOn\": [{\"ref\": \"A\"}, {\"ref\": \"B\"}]"));

    assertThat(Reports.check(json).errors()).isEqualTo(List.of());
  }
}
