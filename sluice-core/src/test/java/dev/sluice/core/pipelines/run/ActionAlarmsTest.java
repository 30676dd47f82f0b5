package dev.sluice.core.pipelines.run;

import static dev.sluice.core.pipelines.run.Defs.TOPIC;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.pipelines.ParameterAttribute;
import dev.sluice.core.pipelines.ParameterObject;
import dev.sluice.core.pipelines.PipelineDefinition;
import dev.sluice.core.topics.TopicDelivery;
import dev.sluice.core.topics.TopicMessage;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActionAlarmsTest {
  @TempDir Path root;

  private RunHarness harness() {
    return new RunHarness(root);
  }

  private static PipelineDefinition wordCount() {
    return new PipelineDefinition(
        List.of(Fixtures.wordCount()),
        List.of(
            new ParameterObject("myCoreCount", List.of(new ParameterAttribute("default", "3")))),
        List.of());
  }

  @Test
  void publishesTheOnSuccessAlarmRenderedForTheInstanceToItsTopic() {
    var harness = harness();
    var id = harness.create(wordCount());
    harness.start(id);

    assertThat(harness.alarms())
        .containsExactly(new TopicMessage("WordCount done", "Run 2026-11-20T22:15:00 finished"));
    var event =
        harness.catalog.events().stream()
            .filter(e -> e.event().type().equals(TopicMessage.TYPE))
            .findFirst()
            .orElseThrow();
    assertThat(event.event().service()).isEqualTo(TopicDelivery.SERVICE);
    assertThat(event.event().target()).isEqualTo(TOPIC);
  }

  @Test
  void publishesTheOnFailAlarmWithTheErrorOnceTheRetriesAreSpent() {
    var harness = harness();
    harness.work.failing("WordCount", 3, "mapper.py exited with status 1");
    var id = harness.create(wordCount());
    harness.start(id);
    harness.advance(java.time.Duration.ofMinutes(30));

    assertThat(harness.alarms())
        .containsExactly(
            new TopicMessage(
                "WordCount failed", "Run 2026-11-20T22:15:00: mapper.py exited with status 1"));
  }

  @Test
  void publishesNothingWhileTriesAreLeft() {
    var harness = harness();
    harness.work.failing("WordCount", 1, "flaky");
    var id = harness.create(wordCount());
    harness.start(id);

    assertThat(harness.alarms()).isEmpty();
    harness.advance(java.time.Duration.ofMinutes(10));
    assertThat(harness.alarms())
        .extracting(TopicMessage::subject)
        .containsExactly("WordCount done");
  }
}
