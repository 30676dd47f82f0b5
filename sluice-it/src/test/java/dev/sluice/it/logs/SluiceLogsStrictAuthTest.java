package dev.sluice.it.logs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.logs.LogEvent;
import dev.sluice.junit.SluiceExtension;
import dev.sluice.server.AccessKey;
import dev.sluice.server.AuthMode;
import dev.sluice.server.cli.SluiceCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** With {@code --auth strict}, {@code sluice logs} signs with the environment's AWS credentials. */
class SluiceLogsStrictAuthTest {
  @RegisterExtension
  static SluiceExtension sluice =
      SluiceExtension.withConfig(
          c -> c.withAuth(AuthMode.STRICT).withAccessKey(AccessKey.parse("AKLOGS:s3cret")));

  private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MILLIS);
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeAll
  static void aLine() {
    sluice
        .sluice()
        .logs()
        .append("/aws/lambda/guarded", "s", List.of(new LogEvent(NOW, "signed read")));
  }

  private int run(Map<String, String> environment) {
    var cli = SluiceCommand.commandLine(environment);
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute("logs", "guarded", "--endpoint", sluice.endpoint().toString());
  }

  @Test
  void theEnvironmentsCredentialsSignTheRequests() {
    var exit =
        run(
            Map.of(
                "AWS_ACCESS_KEY_ID",
                "AKLOGS",
                "AWS_SECRET_ACCESS_KEY",
                "s3cret",
                "AWS_REGION",
                "eu-west-1"));

    assertThat(exit).as(err.toString()).isZero();
    assertThat(out.toString()).isEqualTo(NOW + " signed read\n");
  }

  @Test
  void aWrongSecretIsRefusedInOneLine() {
    var exit = run(Map.of("AWS_ACCESS_KEY_ID", "AKLOGS", "AWS_SECRET_ACCESS_KEY", "wrong"));

    assertThat(exit).isEqualTo(1);
    assertThat(err.toString()).startsWith("sluice: /aws/lambda/guarded: ").hasLineCount(1);
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void withoutCredentialsTheUnsignedRequestIsRefused() {
    assertThat(run(Map.of())).isEqualTo(1);
    assertThat(err.toString()).startsWith("sluice: /aws/lambda/guarded: ").hasLineCount(1);
  }
}
