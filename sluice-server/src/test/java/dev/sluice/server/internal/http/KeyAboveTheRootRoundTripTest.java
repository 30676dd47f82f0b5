package dev.sluice.server.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.server.RawHttp;
import dev.sluice.server.RunningSluice;
import dev.sluice.server.Sluice;
import dev.sluice.server.SluiceConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A key whose literal path climbs above the root ({@code /kkk/../../etc/passwd}, as the AWS CLI
 * sends {@code --key ../../etc/passwd}) is stored and read back under exactly that key by the real
 * services, and nothing is written outside the data directory.
 */
class KeyAboveTheRootRoundTripTest {
  private static final String BODY = "not a password file";

  @TempDir Path root;
  private Path dataDir;
  private RunningSluice sluice;

  @BeforeEach
  void start() {
    dataDir = root.resolve("a/b/c/data");
    sluice = Sluice.create(SluiceConfig.defaults().withPort(0).withDataDir(dataDir)).start();
  }

  @AfterEach
  void stop() {
    sluice.close();
  }

  @Test
  void storesAndReadsTheKeyAsSent() throws Exception {
    try (var http = new RawHttp(sluice.endpoint())) {
      assertThat(exchange(http, "PUT /kkk", "").status()).isEqualTo(200);
      assertThat(exchange(http, "PUT /kkk/../../etc/passwd", BODY).status()).isEqualTo(200);

      var read = exchange(http, "GET /kkk/../../etc/passwd", "");
      var listing = exchange(http, "GET /kkk?list-type=2", "");

      assertThat(read.status()).isEqualTo(200);
      assertThat(read.text()).isEqualTo(BODY);
      assertThat(listing.text()).contains("<KeyCount>1</KeyCount>", "<Key>../../etc/passwd</Key>");
    }
  }

  @Test
  void writesNothingOutsideTheDataDirectory() throws Exception {
    try (var http = new RawHttp(sluice.endpoint())) {
      exchange(http, "PUT /kkk", "");
      exchange(http, "PUT /kkk/../../etc/passwd", BODY);
      exchange(http, "PUT /kkk/../../../../../../../../../../etc/passwd", BODY);
      exchange(http, "PUT /kkk/../../../../../../../../../../../../" + root + "/escaped", BODY);
    }
    try (Stream<Path> files = Files.walk(root)) {
      assertThat(files.filter(Files::isRegularFile))
          .isNotEmpty()
          .allSatisfy(file -> assertThat(file).startsWith(dataDir));
    }
    try (Stream<Path> names = Files.walk(root)) {
      assertThat(names.map(p -> p.getFileName().toString()))
          .doesNotContain("etc", "passwd", "escaped");
    }
  }

  private static RawHttp.Response exchange(RawHttp http, String requestLine, String body)
      throws Exception {
    http.send(
        requestLine
            + " HTTP/1.1\r\nHost: localhost\r\nContent-Length: "
            + body.length()
            + "\r\n\r\n"
            + body);
    return http.read(false);
  }
}
