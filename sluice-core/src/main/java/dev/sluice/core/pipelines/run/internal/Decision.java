package dev.sluice.core.pipelines.run.internal;

import dev.sluice.core.pipelines.PipelineChange;
import dev.sluice.core.result.Result;

/**
 * What one try of a change decided from a fresh read: commit this change (answering {@code value},
 * then running {@code afterCommit}), or answer without committing.
 */
public sealed interface Decision<T> {

  record Commit<T>(PipelineChange change, T value, Runnable afterCommit) implements Decision<T> {}

  record Answer<T>(Result<T> result) implements Decision<T> {}

  static <T> Decision<T> commit(PipelineChange change, T value, Runnable afterCommit) {
    return new Commit<>(change, value, afterCommit);
  }

  static <T> Decision<T> answer(Result<T> result) {
    return new Answer<>(result);
  }

  static Decision<Void> done() {
    return new Answer<>(Result.ok(null));
  }
}
