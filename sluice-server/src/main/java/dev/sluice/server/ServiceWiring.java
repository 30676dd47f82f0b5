package dev.sluice.server;

/**
 * Opens the services of one Sluice from its configuration. {@link ServiceRegistry#wire} is the real
 * one; tests and embedders may pass their own to {@link Sluice#create(SluiceConfig,
 * ServiceWiring)}.
 */
@FunctionalInterface
public interface ServiceWiring {
  Services wire(SluiceConfig config);
}
