package dev.sluice.store.workflowservice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TagsTest extends WorkflowServiceFixture {

  @Test
  void tagsAreAddedReplacedAndRemoved() {
    var machine = machine("m");

    ok(service.tagResource(machine, Map.of("b", "1", "a", "2")));
    ok(service.tagResource(machine, Map.of("b", "3")));
    ok(service.untagResource(machine, List.of("a", "missing")));

    assertThat(ok(service.listTagsForResource(machine))).containsExactly(Map.entry("b", "3"));
  }

  @Test
  void versionsAndUnknownResourcesAreResourceNotFound() {
    var machine = machine("m");
    var version = ok(service.publishStateMachineVersion(machine, null, null)).arn();

    fails(
        service.tagResource(version, Map.of("a", "b")),
        "ResourceNotFound",
        "Resource not found: '" + version + "'");
    fails(
        service.listTagsForResource(PREFIX + "activity:nope"),
        "ResourceNotFound",
        "Resource not found: '" + PREFIX + "activity:nope'");
  }

  @Test
  void executionsCannotBeTagged() {
    fails(
        service.tagResource(PREFIX + "execution:m:run", Map.of("a", "b")),
        "InvalidArn",
        "Invalid Arn: 'Resource type not valid in this context: execution'");
  }
}
