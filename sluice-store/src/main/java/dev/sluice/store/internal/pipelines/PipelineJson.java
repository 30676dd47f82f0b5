package dev.sluice.store.internal.pipelines;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import dev.sluice.core.pipelines.Field;
import dev.sluice.core.pipelines.StoredPipeline;
import java.io.IOException;
import java.time.Instant;
import java.util.List;

/**
 * The JSON text columns: a pipeline's whole record and a run object's fields. Instants are ISO-8601
 * strings (every digit kept); boolean {@code is...} methods such as {@link Field#isRef()} are not
 * properties.
 */
final class PipelineJson {
  private static final TypeReference<List<Field>> FIELDS = new TypeReference<>() {};
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .registerModule(
              new SimpleModule("instants")
                  .addSerializer(Instant.class, ToStringSerializer.instance)
                  .addDeserializer(Instant.class, new InstantText()))
          .setVisibility(PropertyAccessor.IS_GETTER, Visibility.NONE)
          .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private PipelineJson() {}

  static String write(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Not writable as JSON: " + value, e);
    }
  }

  static StoredPipeline pipeline(String json) {
    return read(json, new TypeReference<>() {});
  }

  static List<Field> fields(String json) {
    return read(json, FIELDS);
  }

  private static <T> T read(String json, TypeReference<T> type) {
    try {
      return JSON.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A stored pipeline column is not readable: " + json, e);
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
