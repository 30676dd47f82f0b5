package dev.sluice.server.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.sluice.aws.gateway.MdcKeys;
import dev.sluice.aws.http.HttpResponse;
import dev.sluice.server.TestEndpoint;
import dev.sluice.server.TestSluice;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

class AccessLogTest {
  @TempDir Path dataDir;
  private final ListAppender<ILoggingEvent> lines = new ListAppender<>();
  private final Logger access = (Logger) LoggerFactory.getLogger("dev.sluice.server.access");

  @BeforeEach
  void capture() {
    lines.start();
    access.addAppender(lines);
  }

  @AfterEach
  void release() {
    access.detachAppender(lines);
  }

  @Test
  void logsOneLinePerRequestWithIdMethodPathStatusAndService() throws Exception {
    var endpoint =
        new TestEndpoint(
            "s3",
            call -> {
              var response = HttpResponse.empty(204);
              response.headers().set("x-amz-request-id", call.requestId());
              return response;
            });
    try (var sluice = TestSluice.start(dataDir, endpoint);
        var client = HttpClient.newHttpClient()) {
      var response =
          client.send(
              HttpRequest.newBuilder(sluice.endpoint().resolve("/bucket/key?versionId=secret"))
                  .DELETE()
                  .build(),
              java.net.http.HttpResponse.BodyHandlers.discarding());

      assertThat(lines.list)
          .singleElement()
          .satisfies(
              line -> {
                assertThat(line.getFormattedMessage()).matches("DELETE /bucket/key 204 \\d+ ms s3");
                assertThat(line.getMDCPropertyMap())
                    .containsEntry(
                        MdcKeys.REQUEST_ID,
                        response.headers().firstValue("x-amz-request-id").orElseThrow())
                    .containsEntry(MdcKeys.SERVICE, "s3");
              });
    }
  }
}
