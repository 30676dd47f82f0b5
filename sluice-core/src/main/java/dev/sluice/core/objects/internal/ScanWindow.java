package dev.sluice.core.objects.internal;

/**
 * How many rows a delimited listing asks the catalog for at a time. Rows after a common prefix are
 * wasted (the listing jumps past the prefix), so batches start small after each prefix and grow
 * while keys are listed one by one. Without a delimiter every row counts and a batch is a page.
 */
final class ScanWindow {

  private static final int SMALLEST = 8;

  private final boolean delimited;
  private int size = SMALLEST;

  ScanWindow(boolean delimited) {
    this.delimited = delimited;
  }

  /** The batch size when {@code wanted} more rows would fill the page. */
  int next(int wanted) {
    return delimited ? Math.min(wanted, size) : wanted;
  }

  /** The last batch ended at a common prefix. */
  void rolledUp() {
    size = SMALLEST;
  }

  /** The last batch listed only keys. */
  void ranThrough() {
    size = size > Integer.MAX_VALUE / 4 ? size : size * 4;
  }
}
