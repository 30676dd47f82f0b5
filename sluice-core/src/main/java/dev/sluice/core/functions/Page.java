package dev.sluice.core.functions;

import java.util.List;

/**
 * One page of a listing.
 *
 * @param nextMarker the Marker of the next page, or null on the last one
 */
public record Page<T>(List<T> items, String nextMarker) {

  public Page {
    items = List.copyOf(items);
  }
}
