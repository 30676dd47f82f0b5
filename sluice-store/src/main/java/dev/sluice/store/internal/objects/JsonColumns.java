package dev.sluice.store.internal.objects;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sluice.core.objects.ChecksumAlgorithm;
import dev.sluice.core.objects.ObjectAttributes;
import java.util.Map;

/** The JSON text columns: an object's attributes and its checksums. */
final class JsonColumns {
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .setDefaultPropertyInclusion(JsonInclude.Include.NON_NULL)
          .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
  private static final TypeReference<Map<ChecksumAlgorithm, String>> CHECKSUMS =
      new TypeReference<>() {};

  private JsonColumns() {}

  static String attributes(ObjectAttributes attributes) {
    return write(attributes);
  }

  static ObjectAttributes attributes(String json) {
    try {
      return JSON.readValue(json, ObjectAttributes.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Stored attributes are not readable: " + json, e);
    }
  }

  static String checksums(Map<ChecksumAlgorithm, String> checksums) {
    return write(checksums);
  }

  static Map<ChecksumAlgorithm, String> checksums(String json) {
    try {
      return JSON.readValue(json, CHECKSUMS);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Stored checksums are not readable: " + json, e);
    }
  }

  private static String write(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Not writable as JSON: " + value, e);
    }
  }
}
