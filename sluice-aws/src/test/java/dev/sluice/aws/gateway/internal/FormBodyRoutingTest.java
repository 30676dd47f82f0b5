package dev.sluice.aws.gateway.internal;

import static dev.sluice.aws.http.RequestBuilder.request;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FormBodyRoutingTest {
  private final RouteResolver resolver = new RouteResolver();

  @Test
  void handsOnTheSameBytesAfterReadingAFormBody() throws IOException {
    var body = "Action=Publish&Version=2010-03-31&Message=h%C3%A9llo";
    var routed = resolver.resolve(request("POST", "/").form(body).build());

    assertThat(routed.route().operation()).isEqualTo("Publish");
    assertThat(new String(routed.request().body().readAllBytes(), StandardCharsets.UTF_8))
        .isEqualTo(body);
  }

  @Test
  void readsNoMoreThanTheBoundOfALongFormBodyAndReplaysAllOfIt() throws IOException {
    var head = "Action=Publish&Version=2010-03-31&Message=";
    var total = RouteResolver.FORM_PEEK_LIMIT * 3;
    var counting = new CountingStream(head, total);
    var routed =
        resolver.resolve(
            request("POST", "/")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .body(counting, total)
                .build());

    assertThat(routed.route().service()).isEqualTo("sns");
    assertThat(counting.delivered).isLessThanOrEqualTo(RouteResolver.FORM_PEEK_LIMIT);
    var replayed = routed.request().body().readAllBytes();
    assertThat(replayed).hasSize(total);
    assertThat(new String(replayed, 0, head.length(), StandardCharsets.US_ASCII)).isEqualTo(head);
  }

  @Test
  void leavesTheBodyOfAnS3RequestUnread() {
    var body = new CountingStream("Action=Publish&Version=2010-03-31", 100);
    var routed =
        resolver.resolve(
            request("POST", "/bucket")
                .signedFor("s3")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .body(body, 100)
                .build());

    assertThat(routed.route().service()).isEqualTo("s3");
    assertThat(body.delivered).isZero();
  }

  @Test
  void readsTheActionOfASignedQueryRequestForItsErrorMessages() {
    var routed =
        resolver.resolve(
            request("POST", "/")
                .signedFor("sns")
                .form("Action=CreateTopic&Name=t&Version=2010-03-31")
                .build());

    assertThat(routed.route().operation()).isEqualTo("CreateTopic");
  }

  /** A body of {@code length} bytes starting with {@code head}, counting what was read. */
  private static final class CountingStream extends InputStream {
    private final ByteArrayInputStream source;
    int delivered;

    CountingStream(String head, int length) {
      var bytes = new byte[length];
      java.util.Arrays.fill(bytes, (byte) 'x');
      var headBytes = head.getBytes(StandardCharsets.US_ASCII);
      System.arraycopy(headBytes, 0, bytes, 0, headBytes.length);
      source = new ByteArrayInputStream(bytes);
    }

    @Override
    public int read() {
      int b = source.read();
      if (b >= 0) {
        delivered++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      int n = source.read(b, off, len);
      if (n > 0) {
        delivered += n;
      }
      return n;
    }
  }
}
