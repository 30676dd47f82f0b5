package dev.sluice.aws.glue.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.aws.protocol.JsonBodies;
import dev.sluice.core.result.Result;

/**
 * One Glue request: its JSON body, and the region and account of the caller. Glue names its members
 * in UpperCamelCase ({@code JobName}); members the input shape does not know are ignored, as AWS's
 * json protocol does.
 */
public record GlueRequest(JsonNode body, String region, String account) {

  /** The body read as the operation's input shape; a member of another type cannot be read. */
  public <T> Result<T> input(Class<T> shape) {
    return JsonBodies.upperCamelInput(body, shape);
  }
}
