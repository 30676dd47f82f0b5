package dev.sluice.core.jobs;

import java.util.List;

/** One page of a listing and the token of the next one (null on the last page). */
public record JobsPage<T>(List<T> items, String nextToken) {
  public JobsPage {
    items = List.copyOf(items);
  }
}
