package dev.sluice.server.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The JSON inputs of the pipeline commands' Data Pipeline calls. */
final class PipelineCalls {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private PipelineCalls() {}

  static ObjectNode input() {
    return MAPPER.createObjectNode();
  }
}
