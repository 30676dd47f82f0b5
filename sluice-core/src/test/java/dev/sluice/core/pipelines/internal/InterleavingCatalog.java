package dev.sluice.core.pipelines.internal;

import dev.sluice.core.pipelines.ForwardingCatalog;
import dev.sluice.core.pipelines.MemoryPipelineCatalog;
import dev.sluice.core.pipelines.PipelineChange;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * The in-memory catalog with another writer slipped in: before the service's first commit, {@code
 * competitor} runs; {@code accept} may refuse commits outright. Counts commit calls.
 */
final class InterleavingCatalog extends ForwardingCatalog {
  final AtomicInteger commits = new AtomicInteger();
  private volatile Runnable competitor = () -> {};
  private volatile Predicate<PipelineChange> accept = change -> true;

  InterleavingCatalog() {
    super(new MemoryPipelineCatalog());
  }

  void beforeNextCommit(Runnable competitor) {
    this.competitor = competitor;
  }

  void accept(Predicate<PipelineChange> accept) {
    this.accept = accept;
  }

  @Override
  public boolean commit(PipelineChange change) {
    commits.incrementAndGet();
    var slipIn = competitor;
    competitor = () -> {};
    slipIn.run();
    return accept.test(change) && memory.commit(change);
  }
}
