package dev.sluice.it.jobs;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One {@link Jobs} (one Sluice) for every test class of this package that extends with it, started
 * by the first and closed when the test run ends: the job tests pay Sluice's start, and Spark's
 * first launch, once. Tests keep to job names of their own and leave no run running.
 */
final class SharedJobs implements BeforeAllCallback, ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(SharedJobs.class);

  @Override
  public void beforeAll(ExtensionContext context) {
    jobs(context);
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == Jobs.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return jobs(context);
  }

  private static Jobs jobs(ExtensionContext context) {
    return context
        .getRoot()
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(Jobs.class, type -> Jobs.start(), Jobs.class);
  }
}
