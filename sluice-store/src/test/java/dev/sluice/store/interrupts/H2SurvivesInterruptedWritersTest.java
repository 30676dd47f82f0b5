package dev.sluice.store.interrupts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.logs.LogEvent;
import dev.sluice.store.StoreFixture;
import dev.sluice.store.StoreSettings;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A thread that writes while its interrupt flag is set (a canceled pipeline attempt writing its
 * last log line, say) does not close the embedded database: its write commits, the flag stays set,
 * and every other writer goes on.
 */
class H2SurvivesInterruptedWritersTest extends StoreFixture {
  private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

  @Override
  protected StoreSettings settings(Path dataDir) {
    return new StoreSettings("h2", dataDir);
  }

  @Test
  void aWriteFromAnInterruptedThreadCommitsAndKeepsTheFlag() throws Exception {
    var flagKept = new boolean[1];
    var writer =
        Thread.ofPlatform()
            .start(
                () -> {
                  Thread.currentThread().interrupt();
                  for (int i = 0; i < 50; i++) {
                    store
                        .logs()
                        .append("/g", "interrupted", List.of(new LogEvent(T0, "line " + i)), T0);
                  }
                  flagKept[0] = Thread.currentThread().isInterrupted();
                });
    writer.join();

    store.logs().append("/g", "other", List.of(new LogEvent(T0, "after")), T0);

    assertThat(flagKept[0]).isTrue();
    assertThat(store.logs().stream("/g", "interrupted")).isPresent();
    reopen();
    assertThat(store.logs().stream("/g", "other")).isPresent();
  }
}
