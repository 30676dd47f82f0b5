package dev.sluice.aws.s3.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.aws.s3.S3Settings;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class VirtualHostTest {
  private final VirtualHost hosts =
      new VirtualHost(S3Settings.defaults().withHostName("sluice.example.com").hostNames());

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "bucket.localhost:4566, bucket",
    "bucket.localhost, bucket",
    "BUCKET.LOCALHOST:4566, bucket",
    "my.dotted.bucket.localhost:4566, my.dotted.bucket",
    "bucket.s3.localhost:4566, bucket",
    "bucket.s3.localhost, bucket",
    "bucket.s3.eu-west-1.localhost:4566, bucket",
    "bucket.s3.us-gov-west-1.localhost, bucket",
    "my.bucket.s3.eu-central-2.localhost, my.bucket",
    "bucket.sluice.example.com:443, bucket",
    "bucket.s3.sluice.example.com, bucket",
    "bucket.localhost.:4566, bucket",
  })
  void hostsUnderAServedNameNameTheBucket(String host, String bucket) {
    assertThat(hosts.bucket(host)).contains(bucket);
  }

  @ParameterizedTest(name = "[{0}]")
  @ValueSource(
      strings = {
        "localhost",
        "localhost:4566",
        "s3.localhost:4566",
        "s3.eu-west-1.localhost",
        "127.0.0.1:4566",
        "[::1]:4566",
        "10.0.0.7",
        "sluice.example.com",
        "otherhost:4566",
        "bucket.otherhost:4566",
        ""
      })
  void servedNamesIpAddressesAndUnknownHostsArePathStyle(String host) {
    assertThat(hosts.bucket(host)).isEmpty();
  }
}
