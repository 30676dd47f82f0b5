package dev.sluice.server.cli;

import static dev.sluice.server.cli.UpConfigs.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine.ParameterException;

/** {@code --smtp}/{@code SLUICE_SMTP} and {@code --smtp-from}/{@code SLUICE_SMTP_FROM}. */
class SmtpFlagsTest {

  @Test
  void usesTheMailboxAndTheDefaultSenderWithoutFlags() {
    var config = parse(Map.of(), "up");

    assertThat(config.smtp()).isNull();
    assertThat(config.smtpFrom()).isEqualTo("no-reply@sns.sluice.local");
  }

  @Test
  void readsTheFlags() {
    var config =
        parse(Map.of(), "up", "--smtp", "smtp://mail.test:2525", "--smtp-from", "sns@example.com");

    assertThat(config.smtp()).isEqualTo(URI.create("smtp://mail.test:2525"));
    assertThat(config.smtpFrom()).isEqualTo("sns@example.com");
  }

  @Test
  void readsTheEnvironmentWhenNoFlagIsGiven() {
    var env = Map.of("SLUICE_SMTP", "smtp://127.0.0.1:1025", "SLUICE_SMTP_FROM", "x@y.test");

    var config = parse(env, "up");

    assertThat(config.smtp()).isEqualTo(URI.create("smtp://127.0.0.1:1025"));
    assertThat(config.smtpFrom()).isEqualTo("x@y.test");
  }

  @Test
  void theFlagWinsOverTheEnvironment() {
    var env = Map.of("SLUICE_SMTP", "smtp://env:1", "SLUICE_SMTP_FROM", "env@y.test");

    var config = parse(env, "up", "--smtp=smtp://flag:2", "--smtp-from=flag@y.test");

    assertThat(config.smtp()).isEqualTo(URI.create("smtp://flag:2"));
    assertThat(config.smtpFrom()).isEqualTo("flag@y.test");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://mail:25",
        "mail:25",
        "smtp://",
        "smtp://user:pw@mail:25",
        "smtp://mail:25/path",
        "smtp://mail:25?x=1",
        "smtp://ma il"
      })
  void refusesAnAddressThatIsNoSmtpUrl(String url) {
    assertThatThrownBy(() -> parse(Map.of(), "up", "--smtp", url))
        .isInstanceOf(ParameterException.class)
        .hasMessageContaining("--smtp (SLUICE_SMTP) must look like smtp://host:port");
  }

  @Test
  void refusesABadUrlInTheEnvironmentWhenStarting() {
    var cli = new CliRun();

    assertThat(cli.run(Map.of("SLUICE_SMTP", "localhost:25"), "up", "--port", "0")).isEqualTo(1);
    assertThat(cli.err()).contains("--smtp (SLUICE_SMTP) must look like smtp://host:port");
  }

  @Test
  void refusesASenderThatIsNoAddress() {
    assertThatThrownBy(() -> parse(Map.of(), "up", "--smtp-from", "Sluice <a@b>"))
        .isInstanceOf(ParameterException.class)
        .hasMessageContaining("--smtp-from (SLUICE_SMTP_FROM) must be an e-mail address");
  }
}
