package dev.sluice.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RegisteredExtensionTest {
  @RegisterExtension
  static SluiceExtension sluice =
      SluiceExtension.withConfig(c -> c.withBindAddress("localhost").withPort(4566));

  @Test
  void appliesTheConfigurationButAlwaysAFreePortAndATemporaryDirectory() {
    assertThat(sluice.endpoint().getHost()).isEqualTo("localhost");
    assertThat(sluice.endpoint().getPort()).isNotEqualTo(4566);
    assertThat(sluice.sluice().dataDir().getFileName().toString()).startsWith("sluice-junit-");
    assertThat(Files.isDirectory(sluice.sluice().dataDir())).isTrue();
  }
}
