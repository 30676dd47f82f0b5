package dev.sluice.it.pipelines.steps;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One {@link StepRig} for every test class of this package that extends with it, started by the
 * first and closed when the test run ends: every step test pays Sluice's start and Spark's first,
 * slow launch (which records its class data archive) once.
 */
final class SharedSluice implements BeforeAllCallback, ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(SharedSluice.class);

  @Override
  public void beforeAll(ExtensionContext context) {
    rig(context);
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == StepRig.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return rig(context);
  }

  private static StepRig rig(ExtensionContext context) {
    return context
        .getRoot()
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(StepRig.class, type -> StepRig.start(), StepRig.class);
  }
}
