package dev.sluice.store.internal.pipelines;

import dev.sluice.core.pipelines.StoredPipeline;

/** A stored pipeline at a given revision. */
final class Revisions {
  private Revisions() {}

  static StoredPipeline at(StoredPipeline p, long revision) {
    if (p.revision() == revision) {
      return p;
    }
    return new StoredPipeline(
        p.id(),
        p.name(),
        p.uniqueId(),
        p.description(),
        p.tags(),
        p.account(),
        p.createdAt(),
        p.latest(),
        p.latestReport(),
        p.latestVersion(),
        p.active(),
        p.activeVersion(),
        p.activeParameterValues(),
        p.state(),
        p.firstActivatedAt(),
        p.scheduledStart(),
        p.generation(),
        p.runtimeFields(),
        p.deleted(),
        revision);
  }
}
