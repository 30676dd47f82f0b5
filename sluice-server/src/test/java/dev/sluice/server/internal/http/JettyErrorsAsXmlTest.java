package dev.sluice.server.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.aws.http.HttpResponse;
import dev.sluice.server.RawHttp;
import dev.sluice.server.RunningSluice;
import dev.sluice.server.TestEndpoint;
import dev.sluice.server.TestSluice;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/** What Jetty refuses before any service runs is answered with S3's XML error, never HTML. */
class JettyErrorsAsXmlTest {
  @TempDir Path dataDir;
  private RunningSluice sluice;

  @BeforeEach
  void start() {
    sluice = TestSluice.start(dataDir, TestEndpoint.echo());
  }

  @AfterEach
  void stop() {
    sluice.close();
  }

  @Test
  void answersAMalformedHeaderLineWithBadRequest() throws Exception {
    var response = send("GET /b/k HTTP/1.1\r\nHost: localhost\r\nno colon here\r\n\r\n");

    assertThat(response.status()).isEqualTo(400);
    assertXmlError(response, "BadRequest", "An error occurred when parsing the HTTP request.");
  }

  @Test
  void answersAHeaderSectionOverTheLimitWithRequestHeaderSectionTooLarge() throws Exception {
    var big = "x".repeat(70 * 1024);
    var response =
        send("GET /b/k HTTP/1.1\r\nHost: localhost\r\nx-amz-meta-a: " + big + "\r\n\r\n");

    assertThat(response.status()).isEqualTo(400);
    assertXmlError(
        response,
        "RequestHeaderSectionTooLarge",
        "Your request header section exceeds the maximum allowed size.");
    assertThat(response.text()).contains("<MaxSizeAllowed>65536</MaxSizeAllowed>");
  }

  @Test
  void answersARequestLineOverTheLimitWithRequestHeaderSectionTooLarge() throws Exception {
    var response = send("GET /b/" + "k".repeat(70 * 1024) + " HTTP/1.1\r\nHost: localhost\r\n\r\n");

    assertThat(response.status()).isEqualTo(400);
    assertXmlError(
        response,
        "RequestHeaderSectionTooLarge",
        "Your request header section exceeds the maximum allowed size.");
  }

  @Test
  void answersATransferEncodingOtherThanChunkedWithNotImplemented() throws Exception {
    var response =
        send("PUT /b/k HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: gzip\r\n\r\nabc");

    assertThat(response.status()).isEqualTo(501);
    assertXmlError(
        response,
        "NotImplemented",
        "A header you provided implies functionality that is not implemented");
    assertThat(response.text()).contains("<Header>Transfer-Encoding</Header>");
  }

  @Test
  void answersAnUnknownHttpVersionWithBadRequest() throws Exception {
    var response = send("GET /b/k HTTP/7.1\r\nHost: localhost\r\n\r\n");

    assertThat(response.status()).isEqualTo(400);
    assertXmlError(response, "BadRequest", "An error occurred when parsing the HTTP request.");
  }

  @Test
  void answersAnUnparsableAbsoluteTargetWithInvalidUri() throws Exception {
    var response = send("GET http://[::1/b/k HTTP/1.1\r\nHost: localhost\r\n\r\n");

    assertThat(response.status()).isEqualTo(400);
    assertXmlError(response, "InvalidURI", "Couldn't parse the specified URI.");
  }

  @Test
  void answersAResponseTheServerCouldNotWriteWithInternalErrorAndNoTrace() throws Exception {
    var broken =
        new TestEndpoint(
            "s3",
            call -> {
              var response = HttpResponse.empty(200);
              response.headers().set("Content-Length", "not a number");
              return response;
            });
    try (var other = TestSluice.start(dataDir.resolve("other"), broken);
        var http = new RawHttp(other.endpoint())) {
      http.send("GET /b/k HTTP/1.1\r\nHost: localhost\r\n\r\n");
      var response = http.read(false);

      assertThat(response.status()).isEqualTo(500);
      assertXmlError(
          response, "InternalError", "We encountered an internal error. Please try again.");
      assertThat(response.text()).doesNotContain("Exception").doesNotContain("at dev.");
    }
  }

  @Test
  void sendsHeadersButNoBodyForAHeadRequest() throws Exception {
    try (var http = new RawHttp(sluice.endpoint())) {
      http.send("HEAD /b/k HTTP/1.1\r\nHost: localhost\r\nno colon here\r\n\r\n");
      var response = http.read(true);

      assertThat(response.status()).isEqualTo(400);
      assertThat(response.headers().get("content-type")).isEqualTo("application/xml");
      assertThat(response.headers().get("x-amz-request-id")).matches("[A-Z0-9]{16}");
      assertThat(http.readRemaining()).isEmpty();
    }
  }

  private RawHttp.Response send(String request) throws Exception {
    try (var http = new RawHttp(sluice.endpoint())) {
      http.send(request);
      return http.read(false);
    }
  }

  private static void assertXmlError(RawHttp.Response response, String code, String message)
      throws Exception {
    var requestId = response.headers().get("x-amz-request-id");
    assertThat(response.headers().get("content-type")).isEqualTo("application/xml");
    assertThat(requestId).matches("[A-Z0-9]{16}");
    var error =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(response.body()))
            .getDocumentElement();
    assertThat(error.getTagName()).isEqualTo("Error");
    assertThat(text(error, "Code")).isEqualTo(code);
    assertThat(text(error, "Message")).isEqualTo(message);
    assertThat(text(error, "RequestId")).isEqualTo(requestId);
  }

  private static String text(Element parent, String name) {
    return parent.getElementsByTagName(name).item(0).getTextContent();
  }
}
