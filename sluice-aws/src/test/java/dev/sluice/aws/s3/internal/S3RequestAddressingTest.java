package dev.sluice.aws.s3.internal;

import static dev.sluice.aws.s3.support.S3Calls.request;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.aws.s3.S3Settings;
import dev.sluice.aws.s3.support.S3Calls;
import dev.sluice.core.result.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class S3RequestAddressingTest {

  private static Result<S3Request> parse(S3Calls call) {
    var settings = S3Settings.defaults();
    return S3Request.of(
        call.call(), new VirtualHost(settings.hostNames()), settings.defaultRegion());
  }

  @ParameterizedTest(name = "{0} -> [{1}]")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          /bucket/key                        | key
          /bucket/a/b/c.txt                  | a/b/c.txt
          /bucket/a%20b                      | a b
          /bucket/a+b                        | a+b
          /bucket/a%2Bb                      | a+b
          /bucket/dir/                       | dir/
          /bucket/a//b                       | a//b
          /bucket//leading                   | /leading
          /bucket/%E2%82%AC%F0%9F%98%80      | €😀
          /bucket/%3F%23%25%26               | ?#%&
          /bucket/a%2Fb                      | a/b
          """)
  void pathStyleKeysArePercentDecodedWithALiteralPlus(String path, String key) {
    var request = parse(request("GET", path)).value();

    assertThat(request.bucket()).isEqualTo("bucket");
    assertThat(request.key()).isEqualTo(key);
    assertThat(request.virtualHosted()).isFalse();
  }

  @Test
  void aBucketPathWithOrWithoutTrailingSlashHasNoKey() {
    assertThat(parse(request("GET", "/bucket")).value().key()).isNull();
    assertThat(parse(request("GET", "/bucket/")).value().key()).isNull();
    assertThat(parse(request("GET", "/")).value().bucket()).isNull();
  }

  @Test
  void virtualHostedRequestsTakeTheWholePathAsKey() {
    var request = parse(request("PUT", "//a/b%20c/").host("bucket.localhost:4566")).value();

    assertThat(request.bucket()).isEqualTo("bucket");
    assertThat(request.key()).isEqualTo("/a/b c/");
    assertThat(request.virtualHosted()).isTrue();
  }

  @Test
  void aVirtualHostedRootPathIsTheBucketItself() {
    var request = parse(request("GET", "/").host("bucket.s3.localhost")).value();

    assertThat(request.bucket()).isEqualTo("bucket");
    assertThat(request.key()).isNull();
  }

  @ParameterizedTest
  @CsvSource({"/bucket/a%zz", "/bucket/a%2", "/bucket/%C3%28", "/bucket/%FF"})
  void badEscapesOrBytesThatAreNotUtf8AreInvalidUri(String path) {
    var failure = parse(request("GET", path)).failure();

    assertThat(failure.code()).isEqualTo("InvalidURI");
    assertThat(failure.status()).isEqualTo(400);
    assertThat(failure.message()).isEqualTo("Couldn't parse the specified URI.");
  }

  @Test
  void queryValuesDecodePlusAsSpaceAndKeepEmptyMarkers() {
    var request = parse(request("GET", "/bucket?prefix=a+b%2Bc&uploads&delimiter=%2F")).value();

    assertThat(request.query().first("prefix")).isEqualTo("a b+c");
    assertThat(request.query().has("uploads")).isTrue();
    assertThat(request.query().first("uploads")).isEmpty();
    assertThat(request.query().first("delimiter")).isEqualTo("/");
  }

  @Test
  void theRegionIsTheSignersOrTheDefault() {
    assertThat(parse(request("GET", "/")).value().region()).isEqualTo("eu-west-1");
    var unsigned =
        request("GET", "/")
            .identity(new dev.sluice.aws.auth.Identity(null, "000000000000", null, null, "x"));
    assertThat(parse(unsigned).value().region()).isEqualTo("us-east-1");
  }
}
