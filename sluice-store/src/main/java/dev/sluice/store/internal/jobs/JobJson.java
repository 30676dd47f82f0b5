package dev.sluice.store.internal.jobs;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import dev.sluice.core.jobs.JobDefinition;
import dev.sluice.core.jobs.JobRun;
import java.io.IOException;
import java.time.Instant;

/**
 * The JSON text columns: a job's whole definition and a run's record. Instants are ISO-8601 strings
 * (every digit kept), absent members are written as null and read back as null.
 */
final class JobJson {
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .registerModule(
              new SimpleModule("instants")
                  .addSerializer(Instant.class, ToStringSerializer.instance)
                  .addDeserializer(Instant.class, new InstantText()))
          .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private JobJson() {}

  static String job(JobDefinition job) {
    try {
      return JSON.writeValueAsString(job);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Not writable as JSON: " + job, e);
    }
  }

  static JobDefinition job(String json) {
    try {
      return JSON.readValue(json, JobDefinition.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A stored job is not readable: " + json, e);
    }
  }

  /** The run's JSON, carrying {@code revision} instead of its own. */
  static String run(JobRun run, long revision) {
    ObjectNode tree = JSON.valueToTree(run);
    tree.put("revision", revision);
    try {
      return JSON.writeValueAsString(tree);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Not writable as JSON: " + run, e);
    }
  }

  /** The run from its JSON, with the revision of its row (the column is the truth). */
  static JobRun run(String json, long revision) {
    try {
      var tree = (ObjectNode) JSON.readTree(json);
      tree.put("revision", revision);
      return JSON.treeToValue(tree, JobRun.class);
    } catch (JsonProcessingException | ClassCastException e) {
      throw new IllegalStateException("A stored job run is not readable: " + json, e);
    }
  }

  /** An instant from its ISO-8601 text. */
  private static final class InstantText extends JsonDeserializer<Instant> {
    @Override
    public Instant deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      return Instant.parse(parser.getValueAsString());
    }
  }
}
