package dev.sluice.server.cli;

import static dev.sluice.server.cli.UpConfigs.parse;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.server.AccessKey;
import dev.sluice.server.AuthMode;
import dev.sluice.server.SluiceConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UpFlagsTest {

  @Test
  void usesTheDefaultsWithoutFlagsOrEnvironment() {
    var config = parse(Map.of(), "up");

    assertThat(config).isEqualTo(SluiceConfig.defaults());
  }

  @Test
  void readsEveryFlag() {
    var config =
        parse(
            Map.of(),
            "up",
            "--port",
            "0",
            "--data-dir",
            "/tmp/x",
            "--bind",
            "0.0.0.0",
            "--store",
            "jdbc:postgresql://db/sluice",
            "--auth",
            "STRICT",
            "--access-key",
            "AKID1:S1",
            "--access-key",
            "AKID2:S2:123456789012",
            "--allow-insecure-bind",
            "--region",
            "eu-west-1");

    assertThat(config.port()).isZero();
    assertThat(config.dataDir()).isEqualTo(Path.of("/tmp/x"));
    assertThat(config.bindAddress()).isEqualTo("0.0.0.0");
    assertThat(config.storeUrl()).isEqualTo("jdbc:postgresql://db/sluice");
    assertThat(config.auth()).isEqualTo(AuthMode.STRICT);
    assertThat(config.accessKeys())
        .containsExactly(
            new AccessKey("AKID1", "S1", AccessKey.DEFAULT_ACCOUNT),
            new AccessKey("AKID2", "S2", "123456789012"));
    assertThat(config.allowInsecureBind()).isTrue();
    assertThat(config.region()).isEqualTo("eu-west-1");
  }

  @Test
  void fallsBackToTheEnvironment() {
    var env =
        Map.of(
            "SLUICE_PORT", "5000",
            "SLUICE_DATA_DIR", "/var/sluice",
            "SLUICE_BIND", "::1",
            "SLUICE_STORE", "jdbc:postgresql://db/s",
            "SLUICE_AUTH", "strict",
            "SLUICE_ACCESS_KEYS", "A:B, C:D:111122223333",
            "SLUICE_REGION", "ap-south-1");

    var config = parse(env, "up");

    assertThat(config.port()).isEqualTo(5000);
    assertThat(config.dataDir()).isEqualTo(Path.of("/var/sluice"));
    assertThat(config.bindAddress()).isEqualTo("::1");
    assertThat(config.storeUrl()).isEqualTo("jdbc:postgresql://db/s");
    assertThat(config.auth()).isEqualTo(AuthMode.STRICT);
    assertThat(config.accessKeys())
        .extracting(AccessKey::accessKeyId, AccessKey::account)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("A", AccessKey.DEFAULT_ACCOUNT),
            org.assertj.core.groups.Tuple.tuple("C", "111122223333"));
    assertThat(config.region()).isEqualTo("ap-south-1");
  }

  @Test
  void prefersFlagsOverTheEnvironment() {
    var env = Map.of("SLUICE_PORT", "5000", "SLUICE_ACCESS_KEYS", "A:B", "SLUICE_AUTH", "strict");

    var config = parse(env, "up", "--port", "6000", "--access-key", "X:Y", "--auth", "any");

    assertThat(config.port()).isEqualTo(6000);
    assertThat(config.accessKeys()).extracting(AccessKey::accessKeyId).isEqualTo(List.of("X"));
    assertThat(config.auth()).isEqualTo(AuthMode.ANY);
  }
}
