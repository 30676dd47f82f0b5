package dev.sluice.it.workflows;

import com.fasterxml.jackson.databind.JsonNode;

/** Cases that wait on Sluice's clock (Wait states, timeouts, heartbeats, slow functions). */
final class Timed {
  private Timed() {}

  static boolean needsTime(JsonNode testCase) {
    String text = testCase.path("definition").toString();
    return text.contains("\"Wait\"")
        || text.contains("TimeoutSeconds")
        || text.contains("HeartbeatSeconds")
        || text.contains("\"Timeout\"")
        || testCase.path("needs").toString().contains("wait_60_seconds");
  }
}
