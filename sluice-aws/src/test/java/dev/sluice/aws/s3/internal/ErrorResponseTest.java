package dev.sluice.aws.s3.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.aws.http.HttpResponse;
import dev.sluice.aws.s3.support.Golden;
import dev.sluice.core.result.Failure;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ErrorResponseTest {
  private final Failure noSuchKey =
      Failure.of("NoSuchKey", 404, "The specified key does not exist.").with("Key", "a&b.txt");

  @Test
  void rendersS3sErrorDocumentWithDetailsBeforeTheIds() {
    var response = ErrorResponse.render("GET", "REQ-1", "HOST-1", noSuchKey);

    assertThat(response.status()).isEqualTo(404);
    assertThat(response.headers().first("Content-Type")).isEqualTo("application/xml");
    var body = new String(((HttpResponse.Bytes) response.body()).bytes(), StandardCharsets.UTF_8);
    Golden.assertMatches("Error-NoSuchKey", body);
  }

  @Test
  void detailsAreWrittenInNameOrder() {
    var failure =
        Failure.of("InvalidArgument", 400, "bad")
            .with("ArgumentValue", "-1")
            .with("ArgumentName", "max-keys");

    var xml = ErrorResponse.document("R", "H", failure).toString();

    assertThat(xml)
        .contains(
            "<Message>bad</Message><ArgumentName>max-keys</ArgumentName>"
                + "<ArgumentValue>-1</ArgumentValue><RequestId>R</RequestId>");
  }

  @Test
  void headResponsesCarryOnlyTheStatus() {
    var response = ErrorResponse.render("HEAD", "REQ-1", "HOST-1", noSuchKey);

    assertThat(response.status()).isEqualTo(404);
    assertThat(response.body()).isInstanceOf(HttpResponse.Empty.class);
  }

  @Test
  void notModifiedHasNoBody() {
    var response =
        ErrorResponse.render("GET", "R", "H", Failure.of("NotModified", 304, "Not Modified"));

    assertThat(response.status()).isEqualTo(304);
    assertThat(response.body()).isInstanceOf(HttpResponse.Empty.class);
  }
}
