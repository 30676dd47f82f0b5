package dev.sluice.aws.protocol;

import dev.sluice.core.result.Failure;
import dev.sluice.core.result.Result;
import java.util.Optional;
import java.util.function.Function;

/**
 * The operation a {@code json} protocol request names in {@code X-Amz-Target: <Prefix><Operation>},
 * and the binding that answers it.
 */
public final class JsonTargets {
  private JsonTargets() {}

  /** The binding of {@code target}'s operation; an unknown one is an UnknownOperationException. */
  public static <B> Result<B> binding(
      String target, String prefix, Function<String, Optional<B>> bindings) {
    var operation =
        target != null && target.startsWith(prefix) ? target.substring(prefix.length()) : "";
    return bindings
        .apply(operation)
        .<Result<B>>map(Result::ok)
        .orElseGet(
            () ->
                Result.err(
                    Failure.of(
                        "UnknownOperationException",
                        400,
                        "Sluice does not support the operation " + target + ".")));
  }
}
