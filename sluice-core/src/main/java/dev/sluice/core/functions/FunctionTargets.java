package dev.sluice.core.functions;

import dev.sluice.core.objects.NotificationTarget;
import dev.sluice.core.objects.NotificationTargets;
import java.util.Optional;

/**
 * Answers S3's check of LambdaFunctionConfigurations: whether the function exists. Other kinds of
 * target are not known here.
 */
public final class FunctionTargets implements NotificationTargets {
  private final FunctionService functions;

  public FunctionTargets(FunctionService functions) {
    this.functions = functions;
  }

  @Override
  public Optional<Boolean> exists(NotificationTarget kind, String arn) {
    return kind == NotificationTarget.LAMBDA
        ? Optional.of(functions.exists(arn))
        : Optional.empty();
  }
}
