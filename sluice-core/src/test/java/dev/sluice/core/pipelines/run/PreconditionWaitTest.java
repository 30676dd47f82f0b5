package dev.sluice.core.pipelines.run;

import static dev.sluice.core.pipelines.run.Defs.node;
import static dev.sluice.core.pipelines.run.Defs.object;
import static dev.sluice.core.pipelines.run.Defs.onDemand;
import static dev.sluice.core.pipelines.run.Defs.ref;
import static dev.sluice.core.pipelines.run.Defs.shell;
import static dev.sluice.core.pipelines.run.Defs.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.pipelines.PipelineEvents;
import dev.sluice.core.pipelines.PipelineObject;
import dev.sluice.core.pipelines.work.S3Location;
import dev.sluice.core.pipelines.work.WorkItem;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreconditionWaitTest {
  static final String INBOX = "@Inbox_2026-11-20T22:15:00";
  static final String PROCESS = "@Process_2026-11-20T22:15:00";
  static final String READY = "s3://bucket/inbox/2026-11-20T22:15:00/_SUCCESS";

  @TempDir Path root;

  private String pipeline(RunHarness harness, PipelineObject precondition) {
    return harness.create(
        onDemand(),
        shell("Process", "process", ref("input", "Inbox")),
        node("Inbox", "s3://bucket/inbox/#{@scheduledStartTime}/", ref("precondition", "Ready")),
        precondition);
  }

  private static PipelineObject keyExists(PipelineObjectField... extra) {
    var fields = new java.util.ArrayList<dev.sluice.core.pipelines.Field>();
    fields.add(text("s3Key", "#{node.directoryPath}_SUCCESS"));
    for (var f : extra) {
      fields.add(f.field());
    }
    return object("Ready", "S3KeyExists", fields.toArray(dev.sluice.core.pipelines.Field[]::new));
  }

  record PipelineObjectField(dev.sluice.core.pipelines.Field field) {}

  @Test
  void checksTheKeyRenderedForTheDataNodesPeriod() {
    var harness = new RunHarness(root);
    var id = pipeline(harness, keyExists());
    harness.start(id);

    var check = harness.work.calls().get(0);
    assertThat(check.item()).isEqualTo(new WorkItem.KeyExists(S3Location.parse(READY).value()));
    assertThat(check.context().logStream()).isEqualTo("Inbox/2026-11-20T22-15-00/preconditions");
  }

  @Test
  void waitsOnDependenciesWhileThePreconditionDoesNotHold() {
    var harness = new RunHarness(root);
    var id = pipeline(harness, keyExists());
    harness.start(id);
    harness.advance(Duration.ofMinutes(25));

    assertThat(harness.status(id, INBOX)).isEqualTo("WAITING_ON_DEPENDENCIES");
    assertThat(harness.field(id, INBOX, "@actualStartTime")).contains("2026-11-20T22:15:00");
    assertThat(harness.status(id, PROCESS)).isEqualTo("WAITING_ON_DEPENDENCIES");
    assertThat(harness.work.callsFor("Process")).isEmpty();
    assertThat(harness.work.calls()).hasSize(3);
  }

  @Test
  void proceedsAtTheNextCheckOnceThePreconditionHolds() {
    var harness = new RunHarness(root);
    var id = pipeline(harness, keyExists());
    harness.start(id);
    harness.work.exists(READY);
    harness.advance(Duration.ofMinutes(9));
    assertThat(harness.status(id, INBOX)).isEqualTo("WAITING_ON_DEPENDENCIES");

    harness.advance(Duration.ofMinutes(1));
    assertThat(harness.status(id, INBOX)).isEqualTo("FINISHED");
    assertThat(harness.field(id, INBOX, "@actualEndTime")).contains("2026-11-20T22:25:00");
    assertThat(harness.status(id, PROCESS)).isEqualTo("FINISHED");
    assertThat(harness.state(id)).isEqualTo("FINISHED");
  }

  @Test
  void checksAtTheRetryDelayOfThePrecondition() {
    var harness = new RunHarness(root);
    var id = pipeline(harness, keyExists(new PipelineObjectField(text("retryDelay", "2 minutes"))));
    harness.start(id);
    harness.advance(Duration.ofMinutes(10));

    assertThat(harness.work.calls()).hasSize(6);
  }

  @Test
  void doesNotMultiplyRechecksWhenOtherEventsAdvanceThePipeline() {
    var harness = new RunHarness(root);
    harness.work.failing("Other", 2, "flaky");
    var id =
        harness.create(
            onDemand(text("retryDelay", "4 minutes")),
            shell("Process", "process", ref("input", "Inbox")),
            node(
                "Inbox", "s3://bucket/inbox/#{@scheduledStartTime}/", ref("precondition", "Ready")),
            keyExists(),
            shell("Other", "other"));
    harness.start(id);
    harness.advance(Duration.ofMinutes(60));

    long checks =
        harness.work.calls().stream().filter(c -> c.item() instanceof WorkItem.KeyExists).count();
    assertThat(
            harness.work.callsFor("Other").stream()
                .filter(c -> !(c.item() instanceof WorkItem.KeyExists)))
        .hasSize(3);
    assertThat(checks).as("one check at the start and one every 4 minutes").isEqualTo(16);
  }

  @Test
  void failsTheDataNodeWhenThePreconditionTimesOut() {
    var harness = new RunHarness(root);
    var id =
        harness.create(
            onDemand(text("failureAndRerunMode", "cascade")),
            shell("Process", "process", ref("input", "Inbox")),
            node(
                "Inbox", "s3://bucket/inbox/#{@scheduledStartTime}/", ref("precondition", "Ready")),
            keyExists(new PipelineObjectField(text("preconditionTimeout", "30 minutes"))));
    harness.start(id);
    harness.advance(Duration.ofMinutes(30));

    assertThat(harness.status(id, INBOX)).isEqualTo("FAILED");
    assertThat(harness.field(id, INBOX, "errorMessage"))
        .hasValueSatisfying(m -> assertThat(m).startsWith("Precondition timed out"));
    assertThat(harness.status(id, PROCESS)).isEqualTo("CASCADE_FAILED");
    assertThat(harness.state(id)).isEqualTo("FINISHED");
    harness.advance(Duration.ofHours(1));
    assertThat(harness.events(PipelineEvents.ADVANCE).getLast().due())
        .isBeforeOrEqualTo(harness.clock.now());
  }

  @Test
  void failsAtOnceOnAPreconditionThatCannotBeChecked() {
    var harness = new RunHarness(root);
    var id = pipeline(harness, object("Ready", "S3KeyExists", text("s3Key", "/not/in/s3")));
    harness.start(id);

    assertThat(harness.status(id, INBOX)).isEqualTo("FAILED");
    assertThat(harness.field(id, INBOX, "errorMessage"))
        .hasValueSatisfying(m -> assertThat(m).contains("Not an S3 location: /not/in/s3"));
    assertThat(harness.work.calls()).isEmpty();
  }

  @Test
  void gatesAnActivityOnItsOwnPrecondition() {
    var harness = new RunHarness(root);
    var id =
        harness.create(
            onDemand(),
            shell("Process", "process", ref("precondition", "HasFiles")),
            object("HasFiles", "S3PrefixNotEmpty", text("s3Prefix", "s3://bucket/drop")));
    harness.start(id);
    assertThat(harness.status(id, PROCESS)).isEqualTo("WAITING_ON_DEPENDENCIES");
    assertThat(harness.work.callsFor("Process"))
        .extracting(ScriptedWork.Call::item)
        .allMatch(WorkItem.PrefixNotEmpty.class::isInstance);

    harness.work.exists("s3://bucket/drop/file.csv");
    harness.advance(Duration.ofMinutes(10));
    assertThat(harness.status(id, PROCESS)).isEqualTo("FINISHED");
  }
}
