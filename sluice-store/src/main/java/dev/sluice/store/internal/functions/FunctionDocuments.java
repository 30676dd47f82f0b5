package dev.sluice.store.internal.functions;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sluice.core.functions.FunctionRecord;

/** A function's state as the JSON document of its row. */
final class FunctionDocuments {
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .setDefaultPropertyInclusion(JsonInclude.Include.NON_NULL)
          .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private FunctionDocuments() {}

  static String write(FunctionRecord function) {
    try {
      return JSON.writeValueAsString(function);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Not writable as JSON: " + function.name(), e);
    }
  }

  static FunctionRecord read(String document) {
    try {
      return JSON.readValue(document, FunctionRecord.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A stored function is not readable: " + document, e);
    }
  }
}
