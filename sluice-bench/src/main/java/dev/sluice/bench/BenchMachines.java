package dev.sluice.bench;

/** The state machine definitions the workflows section runs. */
final class BenchMachines {
  private BenchMachines() {}

  /** {@code states} Pass states {@code P1 -> P2 -> ... -> Pn}; every execution enters each once. */
  static String passChain(int states) {
    if (states < 1) {
      throw new IllegalArgumentException("a chain needs a state, not " + states);
    }
    var text = new StringBuilder("{\"StartAt\":\"P1\",\"States\":{");
    for (int i = 1; i <= states; i++) {
      text.append(i == 1 ? "" : ",").append("\"P").append(i).append("\":{\"Type\":\"Pass\",");
      text.append(i == states ? "\"End\":true}" : "\"Next\":\"P" + (i + 1) + "\"}");
    }
    return text.append("}}").toString();
  }

  /** One Wait state of {@code seconds}, then the end. */
  static String waitFor(long seconds) {
    return "{\"StartAt\":\"Sleep\",\"States\":{\"Sleep\":{\"Type\":\"Wait\",\"Seconds\":"
        + seconds
        + ",\"End\":true}}}";
  }
}
