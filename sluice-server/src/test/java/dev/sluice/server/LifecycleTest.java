package dev.sluice.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LifecycleTest {
  @TempDir Path dir;

  @Test
  void createsTheDataDirectoryAndReportsItAbsolute() {
    var relative = dir.resolve("a/../nested/data");
    try (var sluice = TestSluice.start(relative)) {
      assertThat(sluice.dataDir()).isEqualTo(dir.resolve("nested/data").toAbsolutePath());
      assertThat(Files.isDirectory(sluice.dataDir())).isTrue();
    }
  }

  @Test
  void closesTheServerFirstThenTheResourcesInOrder() throws Exception {
    var closed = new ArrayList<String>();
    var client = HttpClient.newHttpClient();
    var endpoint = new java.util.concurrent.atomic.AtomicReference<java.net.URI>();
    AutoCloseable dispatcher =
        () -> {
          closed.add("dispatcher");
          var uri = endpoint.get();
          assertThatThrownBy(() -> new java.net.Socket(uri.getHost(), uri.getPort()).close())
              .isInstanceOf(ConnectException.class);
        };
    AutoCloseable store = () -> closed.add("store");
    ServiceWiring wiring =
        c ->
            new Services(
                new dev.sluice.aws.auth.SigV4Authenticator(
                    dev.sluice.aws.auth.AuthSettings.acceptAny()),
                List.of(),
                EventsView.none(),
                List.of(dispatcher, store));
    var sluice = Sluice.create(TestSluice.config(dir), wiring).start();
    endpoint.set(sluice.endpoint().resolve("/_sluice/health"));
    assertThat(get(client, endpoint.get()).statusCode()).isEqualTo(200);

    sluice.close();
    sluice.close();

    assertThat(closed).containsExactly("dispatcher", "store");
  }

  @Test
  void closesTheResourcesWhenTheServerCannotStart() throws Exception {
    var closed = new ArrayList<String>();
    ServiceWiring wiring =
        c ->
            new Services(
                new dev.sluice.aws.auth.SigV4Authenticator(
                    dev.sluice.aws.auth.AuthSettings.acceptAny()),
                List.of(),
                EventsView.none(),
                List.of(() -> closed.add("store")));
    try (var taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      var config = TestSluice.config(dir).withPort(taken.getLocalPort());

      assertThatThrownBy(() -> Sluice.create(config, wiring).start())
          .isInstanceOf(SluiceStartException.class);
      assertThat(closed).containsExactly("store");
    }
  }

  private static HttpResponse<String> get(HttpClient client, java.net.URI uri) throws Exception {
    return client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
  }
}
