package dev.sluice.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BindRefusalTest {
  @TempDir Path dataDir;

  @Test
  void refusesToListenBeyondLoopbackWithoutStrictAuth() {
    var config = TestSluice.config(dataDir).withBindAddress("0.0.0.0");

    assertThatThrownBy(() -> Sluice.create(config).start())
        .isInstanceOf(SluiceStartException.class)
        .hasMessageContaining("Refusing to listen on 0.0.0.0 without strict auth")
        .hasMessageContaining("--allow-insecure-bind")
        .hasMessageNotContaining("\n");
  }

  @Test
  void listensBeyondLoopbackWhenExplicitlyAllowed() {
    var config = TestSluice.config(dataDir).withBindAddress("0.0.0.0").withAllowInsecureBind(true);

    try (var sluice = Sluice.create(config).start()) {
      assertThat(sluice.endpoint().toString()).isEqualTo("http://127.0.0.1:" + sluice.port());
    }
  }

  @Test
  void listensBeyondLoopbackWithStrictAuth() {
    var config =
        TestSluice.config(dataDir)
            .withBindAddress("0.0.0.0")
            .withAuth(AuthMode.STRICT)
            .withAccessKey(AccessKey.parse("AKID:SECRET"));

    try (var sluice = Sluice.create(config).start()) {
      assertThat(sluice.port()).isPositive();
    }
  }

  @Test
  void refusesStrictAuthWithoutAccessKeys() {
    var config = TestSluice.config(dataDir).withAuth(AuthMode.STRICT);

    assertThatThrownBy(() -> Sluice.create(config).start())
        .isInstanceOf(SluiceStartException.class)
        .hasMessageContaining("at least one access key");
  }

  @Test
  void explainsAnOccupiedPort() throws Exception {
    try (var taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      var config = TestSluice.config(dataDir).withPort(taken.getLocalPort());

      assertThatThrownBy(() -> Sluice.create(config).start())
          .isInstanceOf(SluiceStartException.class)
          .hasMessage(
              "Port "
                  + taken.getLocalPort()
                  + " on 127.0.0.1 is already in use (or not available).");
    }
  }
}
