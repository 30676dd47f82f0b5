package dev.sluice.junit;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Runs sample test classes only when a test starts them through the engine test kit. */
final class OnlyInTestKit implements ExecutionCondition {
  static final String PARAMETER = "dev.sluice.junit.samples";

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    return context.getConfigurationParameter(PARAMETER).isPresent()
        ? ConditionEvaluationResult.enabled("run by the test kit")
        : ConditionEvaluationResult.disabled("a sample for ExtensionLifecycleTest");
  }
}
