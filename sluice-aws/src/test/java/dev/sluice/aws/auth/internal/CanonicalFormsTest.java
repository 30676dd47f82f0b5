package dev.sluice.aws.auth.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.aws.http.Headers;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The pieces of a canonical request, for the cases the published examples do not reach. */
class CanonicalFormsTest {

  @ParameterizedTest
  @CsvSource({
    "/a b, /a%20b",
    "/%7e%2a, /~%2A",
    "/%ff%FE, /%FF%FE",
    "/50%, /50%25",
    "/%zz, /%25zz",
    "/ü, /%C3%BC",
    "/a+b, /a%2Bb",
  })
  void reencodesEscapesIntoSigV4sOneForm(String raw, String canonical) {
    assertThat(UriEncoding.reencode(raw, true)).isEqualTo(canonical);
  }

  @ParameterizedTest
  @CsvSource({
    "/a/./b, /a/b",
    "/a/b/.., /a/",
    "/a/b/../c, /a/c",
    "/../a, /a",
    "//a//b/, //a//b/",
    "/a/., /a/",
    "/, /",
  })
  void removesDotSegmentsButKeepsEmptyOnes(String path, String normalized) {
    assertThat(CanonicalUri.removeDotSegments(path)).isEqualTo(normalized);
  }

  @Test
  void encodesTheAlreadyEncodedPathOfOtherServicesAgain() {
    assertThat(CanonicalUri.candidates("/functions/a%3Ab/invocations", false))
        .first()
        .isEqualTo("/functions/a%253Ab/invocations");
    assertThat(CanonicalUri.candidates("/functions/a%3Ab/invocations", true))
        .containsExactly("/functions/a%3Ab/invocations");
  }

  @Test
  void sortsQueryParametersByNameThenValueAndLeavesOutThePresignedSignature() {
    var query = QueryParameters.parse("b=2&a=2&a=1&X-Amz-Signature=abc&c&d=x%20y+z");

    assertThat(CanonicalQuery.candidates(query, true))
        .first()
        .isEqualTo("a=1&a=2&b=2&c=&d=x%20y%2Bz");
    assertThat(CanonicalQuery.candidates(query, false).get(0)).contains("X-Amz-Signature=abc");
  }

  @Test
  void trimsHeaderValuesCollapsesInnerSpacesAndJoinsRepeatedHeaders() {
    var headers =
        new Headers()
            .add("Host", "example.com")
            .add("My-Header", "  a   b \t c ")
            .add("my-header", "second")
            .add("X-Amz-Date", "20150830T123600Z");

    var block = CanonicalHeaders.render(List.of("host", "my-header", "x-amz-date"), headers, null);

    assertThat(block)
        .isEqualTo("host:example.com\nmy-header:a b c,second\nx-amz-date:20150830T123600Z\n");
  }
}
