package dev.sluice.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.server.SluiceConfig;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link QuickUp} reads {@code sluice up} exactly as picocli does, or leaves it to picocli. */
class QuickUpTest {
  private static final Map<String, String> ENV =
      Map.of("SLUICE_PORT", "5000", "SLUICE_REGION", "ap-south-1", "SLUICE_AUTH", "strict");

  static Stream<Arguments> readable() {
    return Stream.of(
        Arguments.of((Object) new String[] {"up"}),
        Arguments.of((Object) new String[] {"up", "--port", "0", "--data-dir", "/tmp/x"}),
        Arguments.of(
            (Object) new String[] {"up", "--port=4700", "--data-dir=rel/dir", "--bind=0.0.0.0"}),
        Arguments.of(
            (Object)
                new String[] {
                  "up",
                  "--store",
                  "jdbc:postgresql://db/sluice",
                  "--auth",
                  "STRICT",
                  "--access-key",
                  "AKID1:S1",
                  "--access-key=AKID2:S2:123456789012",
                  "--allow-insecure-bind",
                  "--region",
                  "eu-west-1"
                }),
        Arguments.of((Object) new String[] {"up", "--port", "+17", "--store", "h2"}),
        Arguments.of((Object) new String[] {"up", "--access-key", "A:B", "--auth", "any"}),
        Arguments.of(
            (Object)
                new String[] {"up", "--smtp", "smtp://mail:2525", "--smtp-from=a@example.com"}));
  }

  static Stream<Arguments> leftToPicocli() {
    return Stream.of(
        Arguments.of((Object) new String[] {}),
        Arguments.of((Object) new String[] {"status"}),
        Arguments.of((Object) new String[] {"up", "--help"}),
        Arguments.of((Object) new String[] {"up", "-V"}),
        Arguments.of((Object) new String[] {"up", "--unknown"}),
        Arguments.of((Object) new String[] {"up", "positional"}),
        Arguments.of((Object) new String[] {"up", "--port"}),
        Arguments.of((Object) new String[] {"up", "--port", "--bind", "x"}),
        Arguments.of((Object) new String[] {"up", "--port", "0x10"}),
        Arguments.of((Object) new String[] {"up", "--port", "1", "--port", "2"}),
        Arguments.of(
            (Object) new String[] {"up", "--allow-insecure-bind", "--allow-insecure-bind"}),
        Arguments.of((Object) new String[] {"up", "--allow-insecure-bind=true"}),
        Arguments.of((Object) new String[] {"up", "--auth", "sometimes"}),
        Arguments.of((Object) new String[] {"up", "--bind", ""}),
        Arguments.of((Object) new String[] {"up", "--access-key", "no-secret"}),
        Arguments.of((Object) new String[] {"up", "@args.txt"}),
        Arguments.of((Object) new String[] {"up", "--region", "@file"}),
        Arguments.of((Object) new String[] {"up", "--smtp", "http://mail:25"}),
        Arguments.of((Object) new String[] {"up", "--", "--port", "1"}));
  }

  @ParameterizedTest
  @MethodSource("readable")
  void readsPlainFlagsAsPicocliDoes(String[] args) {
    assertThat(QuickUp.config(args, new Environment(ENV))).contains(picocli(args));
  }

  @ParameterizedTest
  @MethodSource("leftToPicocli")
  void leavesEverythingElseToPicocli(String[] args) {
    assertThat(QuickUp.config(args, new Environment(ENV))).isEmpty();
  }

  private static SluiceConfig picocli(String[] args) {
    return UpConfigs.parse(ENV, args);
  }
}
