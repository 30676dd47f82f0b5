package dev.sluice.core.pipelines.run;

import static dev.sluice.core.pipelines.run.Defs.onDemand;
import static dev.sluice.core.pipelines.run.Defs.ref;
import static dev.sluice.core.pipelines.run.Defs.shell;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrashRecoveryTest {
  static final String FIRST = "@First_2026-11-20T22:15:00";

  @TempDir Path root;

  /** Stands for the process dying: nothing after it runs, nothing is recorded. */
  static final class Crash extends Error {
    Crash() {
      super("the process died");
    }
  }

  @Test
  void runsAnAttemptCutShortByACrashAgainWhenItsEventComesBack() {
    var harness = new RunHarness(root);
    var crashed = new AtomicBoolean();
    harness.work.custom(
        call -> {
          if (call.component().equals("First") && crashed.compareAndSet(false, true)) {
            throw new Crash();
          }
          return null;
        });
    var id =
        harness.create(
            onDemand(), shell("First", "one"), shell("Second", "two", ref("dependsOn", "First")));
    harness.activate(id);
    harness.step();
    assertThatThrownBy(harness::step).isInstanceOf(Crash.class);
    assertThat(harness.status(id, FIRST + "_Attempt=1")).isEqualTo("RUNNING");

    harness.runner = harness.newRunner();
    harness.run();

    assertThat(harness.status(id, FIRST + "_Attempt=1")).isEqualTo("FINISHED");
    assertThat(harness.ids(id)).doesNotContain(FIRST + "_Attempt=2");
    assertThat(harness.status(id, "@Second_2026-11-20T22:15:00")).isEqualTo("FINISHED");
    assertThat(harness.state(id)).isEqualTo("FINISHED");
    assertThat(harness.logs.messages("First/2026-11-20T22-15-00/attempt-1"))
        .anyMatch(line -> line.contains("resumed"));
  }

  @Test
  void ignoresAnEventDeliveredAgainAfterItsAttemptEnded() {
    var harness = new RunHarness(root);
    var id = harness.create(onDemand(), shell("First", "one"));
    harness.activate(id);
    harness.step();
    var runAttempt = harness.nextDue(harness.clock.now()).orElseThrow();
    harness.step();

    assertThat(harness.runner.consumer().deliver(harness.outbox(runAttempt)).isOk()).isTrue();
    harness.run();

    assertThat(harness.work.calls()).hasSize(1);
    assertThat(harness.status(id, FIRST + "_Attempt=1")).isEqualTo("FINISHED");
  }

  @Test
  void makesNothingTwiceWhenAnAdvanceIsDeliveredAgain() {
    var harness = new RunHarness(root);
    var id = harness.create(onDemand(), shell("First", "one"));
    harness.activate(id);
    var advance = harness.nextDue(harness.clock.now()).orElseThrow();
    harness.step();
    int events = harness.catalog.events().size();

    assertThat(harness.runner.consumer().deliver(harness.outbox(advance)).isOk()).isTrue();

    assertThat(harness.catalog.events()).hasSize(events);
    assertThat(harness.ids(id))
        .containsExactly(FIRST, "@Box_2026-11-20T22:15:00", FIRST + "_Attempt=1");
  }

  @Test
  void acknowledgesEventsOfAnotherGenerationOrADeletedAttemptWithoutDoingAnything() {
    var harness = new RunHarness(root);
    var id = harness.create(onDemand(), shell("First", "one"));
    harness.start(id);
    var stale = harness.outbox(0);
    harness.clock.advance(java.time.Duration.ofMinutes(5));
    harness.runner.rerun(harness.pipeline(id));
    int events = harness.catalog.events().size();

    assertThat(harness.runner.consumer().deliver(stale).isOk()).isTrue();
    assertThat(harness.catalog.events()).hasSize(events);
  }
}
