package dev.sluice.aws.datapipeline.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.aws.protocol.JsonBodies;
import dev.sluice.core.result.Failure;
import dev.sluice.core.result.Result;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

/**
 * One Data Pipeline request: its JSON body, and the region and account of the caller. Members the
 * input shape does not know are ignored, as AWS's json protocol does.
 */
public record DataPipelineRequest(JsonNode body, String region, String account) {
  private static final BigDecimal LATEST = BigDecimal.valueOf(Instant.MAX.getEpochSecond());
  private static final BigDecimal EARLIEST = BigDecimal.valueOf(Instant.MIN.getEpochSecond());

  /** The body read as the operation's input shape; a member of another type cannot be read. */
  public <T> Result<T> input(Class<T> shape) {
    return JsonBodies.input(body, shape);
  }

  /**
   * A json 1.1 timestamp (epoch seconds, possibly fractional) as an instant, keeping null; one
   * outside the instants Java knows cannot be read.
   */
  public static Result<Instant> instant(BigDecimal epochSeconds, String member) {
    if (epochSeconds == null) {
      return Result.ok(null);
    }
    if (epochSeconds.compareTo(LATEST) > 0 || epochSeconds.compareTo(EARLIEST) < 0) {
      return Result.err(notATimestamp(epochSeconds, member));
    }
    var seconds = epochSeconds.setScale(0, RoundingMode.FLOOR);
    var nanos = epochSeconds.subtract(seconds).movePointRight(9).longValue();
    return Result.ok(Instant.ofEpochSecond(seconds.longValueExact(), nanos));
  }

  private static Failure notATimestamp(BigDecimal value, String member) {
    return Failure.of(
        "SerializationException",
        400,
        "The request body does not match the operation's input: "
            + value
            + " at '"
            + member
            + "' is not a timestamp.");
  }
}
