package dev.sluice.server.internal.time;

import dev.sluice.core.time.VirtualClock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Keeps Sluice's clock from going back across restarts: how far it runs ahead of the wall clock
 * (advanced time, and the extra of a scaled clock) is saved in {@code <data-dir>/clock-offset}
 * after every advance, every few seconds and at shutdown, and read at start.
 */
public final class ClockFile implements AutoCloseable {
  static final String NAME = "clock-offset";
  private static final long SAVE_EVERY_SECONDS = 5;

  private final Path file;
  private final VirtualClock clock;
  private final ScheduledExecutorService saver;

  private ClockFile(Path file, VirtualClock clock) {
    this.file = file;
    this.clock = clock;
    this.saver =
        Executors.newSingleThreadScheduledExecutor(
            r -> Thread.ofPlatform().name("sluice-clock-save").daemon().unstarted(r));
  }

  /** The clock of the data directory, running {@code scale} times as fast as real time. */
  public static ClockFile open(Path dataDir, double scale) {
    Path file = dataDir.resolve(NAME);
    Duration offset = read(file);
    VirtualClock clock = new VirtualClock(Instant.now().plus(offset), scale, Duration.ZERO);
    ClockFile saved = new ClockFile(file, clock);
    clock.onAdvance(saved::save);
    if (scale != 1) {
      saved.saver.scheduleWithFixedDelay(
          saved::save, SAVE_EVERY_SECONDS, SAVE_EVERY_SECONDS, TimeUnit.SECONDS);
    }
    return saved;
  }

  public VirtualClock clock() {
    return clock;
  }

  /** Writes how far the clock is ahead of the wall clock now. */
  public synchronized void save() {
    Duration ahead = Duration.between(Instant.now(), clock.now());
    try {
      Files.createDirectories(file.getParent());
      Path temporary = file.resolveSibling(NAME + ".tmp");
      Files.writeString(temporary, ahead.toString(), StandardCharsets.UTF_8);
      Files.move(
          temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot save the clock offset to " + file, e);
    }
  }

  private static Duration read(Path file) {
    if (!Files.exists(file)) {
      return Duration.ZERO;
    }
    try {
      Duration offset = Duration.parse(Files.readString(file, StandardCharsets.UTF_8).trim());
      return offset.isNegative() ? Duration.ZERO : offset;
    } catch (IOException | DateTimeParseException e) {
      return Duration.ZERO;
    }
  }

  @Override
  public void close() {
    saver.shutdownNow();
    save();
  }
}
