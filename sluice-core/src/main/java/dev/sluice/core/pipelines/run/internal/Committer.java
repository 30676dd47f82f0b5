package dev.sluice.core.pipelines.run.internal;

import dev.sluice.core.events.EventSignal;
import dev.sluice.core.pipelines.PipelineCatalog;
import dev.sluice.core.result.Failure;
import dev.sluice.core.result.Result;
import java.util.function.Supplier;

/**
 * Commits a change with the catalog's compare-and-set: the change is decided from a fresh read, and
 * decided again from a new read when another writer got there first. Gives up after {@link
 * #MAX_TRIES} lost races with an {@code InternalServiceError} (the event consumer's caller retries
 * later).
 */
public final class Committer {
  static final int MAX_TRIES = 32;

  private final PipelineCatalog catalog;
  private final EventSignal signal;

  public Committer(PipelineCatalog catalog, EventSignal signal) {
    this.catalog = catalog;
    this.signal = signal;
  }

  public <T> Result<T> run(Supplier<Decision<T>> decide) {
    for (int attempt = 0; attempt < MAX_TRIES; attempt++) {
      switch (decide.get()) {
        case Decision.Answer<T> answer -> {
          return answer.result();
        }
        case Decision.Commit<T> commit -> {
          if (catalog.commit(commit.change())) {
            if (!commit.change().events().isEmpty()) {
              signal.eventsCommitted();
            }
            commit.afterCommit().run();
            return Result.ok(commit.value());
          }
          Thread.onSpinWait();
        }
      }
    }
    return Result.err(
        Failure.of(
            "InternalServiceError",
            500,
            "The pipeline changed too often while this change was being made; try again"));
  }
}
