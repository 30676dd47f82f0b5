package dev.sluice.store.durability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.workflows.ExecutionFrame;
import dev.sluice.core.workflows.HistoryEvent;
import dev.sluice.core.workflows.WorkflowStore;
import dev.sluice.store.SluiceStore;
import dev.sluice.store.StoreSettings;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a child JVM whose threads are stepping executions (SIGKILL, no shutdown hooks) and checks
 * after reopening that every acknowledged step is there, and that each execution's history and
 * frame are those of one whole step: no step is half written.
 */
public abstract class WorkflowKillNineDurabilityContract {
  private static final KilledWriter WRITER =
      new KilledWriter(WorkflowKillNineWriter.class, Pattern.compile("^ACK (\\d+) (\\d+)$"), 1000);

  @TempDir Path dataDir;
  @TempDir Path logDir;

  /** The store URL the child and the checks use. */
  protected abstract String url();

  @Test
  @Timeout(180)
  void everyAcknowledgedStepSurvivesTheWriterBeingKilledWhole() throws Exception {
    String url = url();
    Map<Integer, Long> lastAcked = runAndKill(url);

    assertThat(lastAcked).hasSize(WorkflowKillNineWriter.WRITERS);
    try (SluiceStore store = SluiceStore.open(new StoreSettings(url, dataDir))) {
      for (Map.Entry<Integer, Long> ack : lastAcked.entrySet()) {
        assertStepsAreWholeAndDurable(store.workflows(), ack.getKey(), ack.getValue());
      }
    }
  }

  private Map<Integer, Long> runAndKill(String url) throws IOException, InterruptedException {
    Map<Integer, Long> last = new HashMap<>();
    for (MatchResult ack : WRITER.runAndKill(url, dataDir, logDir)) {
      last.merge(Integer.parseInt(ack.group(1)), Long.parseLong(ack.group(2)), Math::max);
    }
    return last;
  }

  private static void assertStepsAreWholeAndDurable(
      WorkflowStore workflows, int writer, long lastStep) {
    String arn = WorkflowKillNineWriter.executionArn(writer);
    long lastEvent = workflows.lastEventId(arn);
    assertThat(lastEvent)
        .as("writer %d acknowledged step %d", writer, lastStep)
        .isGreaterThanOrEqualTo(2 * lastStep + 3);
    assertThat(lastEvent % 2).as("a step's two events land together").isEqualTo(1);
    List<Long> ids =
        workflows.history(arn, 0, (int) lastEvent + 10).stream().map(HistoryEvent::id).toList();
    assertThat(ids).isEqualTo(LongStream.rangeClosed(1, lastEvent).boxed().toList());
    assertThat(workflows.frames(arn))
        .extracting(ExecutionFrame::enteredEventId)
        .as("the frame of the last step written")
        .containsExactly(lastEvent);
    for (long s = 0; 2 * s + 3 <= lastEvent; s += 10) {
      assertThat(workflows.findCallback(WorkflowKillNineWriter.token(writer, s)))
          .as("callback of step %d", s)
          .isPresent();
    }
  }
}
