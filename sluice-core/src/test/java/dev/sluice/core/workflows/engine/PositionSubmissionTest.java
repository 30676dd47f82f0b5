package dev.sluice.core.workflows.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.workflows.ExecutionFrame;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a frame keeps what a {@code .sync} task submitted, and frames written before it did. */
class PositionSubmissionTest {
  private final Position active =
      Position.enter("Run", Json.read("{\"k\":1}"), Json.object(), 1).active(2, null, null, 4);

  @Test
  void keepsTheSubmissionAcrossAFrame() {
    Position submitted = active.submitted(Json.read("{\"JobRunId\":\"jr_1\"}"));

    Position read = Position.of(submitted.frame(""));

    assertThat(read).isEqualTo(submitted);
    assertThat(read.submitted().path("JobRunId").asText()).isEqualTo("jr_1");
  }

  @Test
  void readsAFrameWrittenWithoutASubmission() {
    ExecutionFrame old =
        new ExecutionFrame(
            "", "Run", "{\"k\":1}", 2, "{\"phase\":\"ACTIVE\",\"last\":4,\"attempts\":[]}");

    Position read = Position.of(old);

    assertThat(read.submitted()).isNull();
    assertThat(read).isEqualTo(active);
  }

  @Test
  void forgetsTheSubmissionOnceTheTaskMovesOn() {
    Position submitted = active.submitted(Json.read("{\"JobRunId\":\"jr_1\"}"));

    assertThat(submitted.active(2, null, null, 5).submitted()).isNull();
    assertThat(submitted.retrying(List.of(1), null, 5).submitted()).isNull();
    assertThat(submitted.done(Json.object(), null, null, 5).submitted()).isNull();
  }
}
