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

  /** The machine of a valid definition (fails the test otherwise). */
  static StateMachine machine(String definition) {
    Parsed parsed = AslParser.parse(json(definition));
    if (parsed instanceof Parsed.Valid valid) {
      return valid.machine();
    }
    throw new AssertionError(((Parsed.Invalid) parsed).message());
  }

  /** A context whose entropy draws {@code share} of every range (0 = lowest, 1 = highest). */
  static Context context(double share) {
    Entropy entropy =
        new Entropy() {
          @Override
          public int nextInt(int from, int to) {
            return from + (int) Math.round((to - 1 - from) * share);
          }

          @Override
          public UUID uuid() {
            return new UUID(0, 0);
          }
        };
    return new Context(JSON.createObjectNode(), entropy, 2);
  }

  /** A machine with one Task state {@code T} carrying {@code extra} fields, then {@code Done}. */
  static StateMachine task(String extra) {
    return machine(
        """
        {"StartAt":"T","States":{
          "T":{"Type":"Task","Resource":"arn:aws:lambda:us-east-1:111111111111:function:f",
               "Next":"Done"%s},
          "Done":{"Type":"Pass","End":true},
          "Handler":{"Type":"Pass","End":true},
          "Other":{"Type":"Pass","End":true}}}
        """
            .formatted(extra.isEmpty() ? "" : "," + extra));
  }

  /** A context entered at event 2 whose visible variables are {@code variables}. */
  static Context context(String variables) {
    return new Context(
        json("{\"State\":{\"Name\":\"S\"}}"), FIXED, 2, (ObjectNode) json(variables));
  }
}
