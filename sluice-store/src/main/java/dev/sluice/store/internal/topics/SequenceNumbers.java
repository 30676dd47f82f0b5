package dev.sluice.store.internal.topics;

/** FIFO sequence numbers as SNS writes them: 20 digits, increasing per topic. */
final class SequenceNumbers {
  private SequenceNumbers() {}

  static String format(long sequence) {
    return "1" + String.format("%019d", sequence);
  }
}
