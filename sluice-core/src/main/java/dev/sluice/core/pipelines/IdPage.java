package dev.sluice.core.pipelines;

import java.util.List;

/** One page of object ids (QueryObjects). */
public record IdPage(List<String> ids, String marker, boolean hasMoreResults) {
  public IdPage {
    ids = List.copyOf(ids);
  }
}
