package dev.sluice.asl;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.UUID;

/** Builds machines, JSON values and contexts for the interpreter's unit tests. */
final class Machines {
  static final ObjectMapper JSON = new ObjectMapper();

  /** Entropy that always picks the lowest value and one fixed UUID. */
  static final Entropy FIXED =
      new Entropy() {
        @Override
        public int nextInt(int from, int to) {
          return from;
        }

        @Override
        public UUID uuid() {
          return new UUID(1, 2);
        }
      };

  private Machines() {}

  static JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  static StateMachine machine(String definition) {
    return ((Parsed.Valid) AslParser.parse(json(definition))).machine();
  }

  /** A context entered at event 2 whose visible variables are {@code variables}. */
  static Context context(String variables) {
    return new Context(
        json("{\"State\":{\"Name\":\"S\"}}"), FIXED, 2, (ObjectNode) json(variables));
  }
}
