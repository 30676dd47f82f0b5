package dev.sluice.core.workflows;

/**
 * Which page of a listing to return.
 *
 * @param maxResults at most this many items (0..1000); null or 0 means the default of 100
 * @param nextToken the token of the previous page, or null for the first
 */
public record PageRequest(Integer maxResults, String nextToken) {
  /** The page size Step Functions uses when none (or 0) is given. */
  public static final int DEFAULT_SIZE = 100;

  public static PageRequest first() {
    return new PageRequest(null, null);
  }

  /** The number of items the page holds at most. */
  public int size() {
    return maxResults == null || maxResults == 0 ? DEFAULT_SIZE : maxResults;
  }
}
