package dev.sluice.server;

import dev.sluice.aws.gateway.ServiceEndpoint;
import java.nio.file.Path;
import java.util.List;

/** Starts a Sluice on a free port with the endpoints a test wrote. */
public final class TestSluice {
  private TestSluice() {}

  public static SluiceConfig config(Path dataDir) {
    return SluiceConfig.defaults().withPort(0).withDataDir(dataDir);
  }

  public static RunningSluice start(Path dataDir, ServiceEndpoint... endpoints) {
    return start(config(dataDir), EventsView.none(), endpoints);
  }

  public static RunningSluice start(
      SluiceConfig config, EventsView events, ServiceEndpoint... endpoints) {
    ServiceWiring wiring =
        c ->
            new Services(
                new dev.sluice.aws.auth.SigV4Authenticator(
                    dev.sluice.aws.auth.AuthSettings.acceptAny()),
                List.of(endpoints),
                events,
                List.of());
    return Sluice.create(config, wiring).start();
  }
}
