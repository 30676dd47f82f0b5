package dev.sluice.it.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.sluice.it.support.RawHttp;
import dev.sluice.it.support.S3Clients;
import dev.sluice.junit.SluiceExtension;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/** The bucket named by the Host header ({@code bucket.localhost}, {@code bucket.s3.localhost}). */
@ExtendWith(SluiceExtension.class)
class VirtualHostedStyleTest {
  static URI endpoint;
  static S3Client pathStyle;

  @BeforeAll
  static void start(URI uri) {
    endpoint = uri;
    pathStyle = S3Clients.s3(uri);
  }

  @Test
  void rawRequestsAddressTheBucketThroughTheHostHeader() throws Exception {
    var created = raw("vhost-raw.localhost", "PUT /", "");
    assertThat(created.status()).as(created.body()).isEqualTo(200);
    var put = raw("vhost-raw.localhost", "PUT /docs/a.txt", "by host");
    assertThat(put.status()).as(put.body()).isEqualTo(200);

    var got = raw("vhost-raw.s3.localhost", "GET /docs/a.txt", null);
    assertThat(got.status()).isEqualTo(200);
    assertThat(got.body()).isEqualTo("by host");
    var regional = raw("vhost-raw.s3.us-east-1.localhost", "GET /docs/a.txt", null);
    assertThat(regional.body()).isEqualTo("by host");

    var listed = raw("vhost-raw.s3.localhost", "GET /?list-type=2&prefix=docs/", null);
    assertThat(listed.status()).isEqualTo(200);
    assertThat(listed.body()).contains("<Name>vhost-raw</Name>").contains("<Key>docs/a.txt</Key>");

    assertThat(
            pathStyle.getObjectAsBytes(b -> b.bucket("vhost-raw").key("docs/a.txt")).asUtf8String())
        .isEqualTo("by host");
  }

  @Test
  void underAVirtualHostThePathIsAllKey() throws Exception {
    raw("vhost-keys.localhost", "PUT /", "");
    raw("vhost-keys.localhost", "PUT /vhost-keys/k", "the key is vhost-keys/k");
    assertThat(
            pathStyle
                .getObjectAsBytes(b -> b.bucket("vhost-keys").key("vhost-keys/k"))
                .asUtf8String())
        .isEqualTo("the key is vhost-keys/k");
    var missing = raw("vhost-keys.localhost", "GET /k", null);
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.body()).contains("<Code>NoSuchKey</Code>");
  }

  @Test
  void theSdkAddressesBucketsByHostWhenResolvingLocalhostNames() {
    var hosts = new CopyOnWriteArrayList<String>();
    var http = ApacheHttpClient.builder().dnsResolver(VirtualHostedStyleTest::resolve).build();
    try (var s3 = virtualHosted(http, hosts)) {
      sdkFlow(s3, "vhost-sdk");
    }
    assertThat(hosts).isNotEmpty().allMatch(host -> host.equals("vhost-sdk.localhost"));
  }

  @Test
  void theSdkAddressesBucketsByHostWithTheSystemResolver() {
    assumeTrue(
        resolvesToLoopback("probe.localhost"),
        "this machine does not resolve *.localhost (no systemd-resolved or hosts entries)");
    var hosts = new CopyOnWriteArrayList<String>();
    try (var s3 = virtualHosted(ApacheHttpClient.create(), hosts)) {
      sdkFlow(s3, "vhost-system");
    }
    assertThat(hosts).isNotEmpty().allMatch(host -> host.equals("vhost-system.localhost"));
  }

  private static void sdkFlow(S3Client s3, String bucket) {
    s3.createBucket(b -> b.bucket(bucket));
    s3.putObject(b -> b.bucket(bucket).key("in/x.csv"), RequestBody.fromString("a,b"));
    assertThat(s3.getObjectAsBytes(b -> b.bucket(bucket).key("in/x.csv")).asUtf8String())
        .isEqualTo("a,b");
    var listing = s3.listObjectsV2(b -> b.bucket(bucket).delimiter("/"));
    assertThat(listing.commonPrefixes()).extracting(p -> p.prefix()).containsExactly("in/");
    assertThat(pathStyle.headObject(b -> b.bucket(bucket).key("in/x.csv")).contentLength())
        .isEqualTo(3);
  }

  private static S3Client virtualHosted(SdkHttpClient http, List<String> hosts) {
    return S3Client.builder()
        .endpointOverride(URI.create("http://localhost:" + endpoint.getPort()))
        .forcePathStyle(false)
        .httpClient(http)
        .region(Region.US_EAST_1)
        .credentialsProvider(S3Clients.credentials(S3Clients.ACCESS_KEY, S3Clients.SECRET_KEY))
        .overrideConfiguration(o -> o.addExecutionInterceptor(new HostRecorder(hosts)))
        .build();
  }

  /** Resolves every {@code *.localhost} name to the loopback address, others as usual. */
  private static InetAddress[] resolve(String host) throws UnknownHostException {
    if (host.toLowerCase(Locale.ROOT).endsWith(".localhost")) {
      return new InetAddress[] {InetAddress.getLoopbackAddress()};
    }
    return InetAddress.getAllByName(host);
  }

  private static boolean resolvesToLoopback(String host) {
    try {
      return InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  /** {@code method path} with the given Host, unsigned, with an optional body. */
  private static RawHttp.Response raw(String host, String requestLine, String body)
      throws Exception {
    var bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
    var head = requestLine + " HTTP/1.1";
    if (body != null) {
      head += "\r\nContent-Length: " + bytes.length;
    }
    return RawHttp.exchange(endpoint, host + ":" + endpoint.getPort(), head, bytes, false);
  }

  /** Records the host each request went to. */
  private record HostRecorder(List<String> hosts) implements ExecutionInterceptor {
    @Override
    public void beforeTransmission(
        Context.BeforeTransmission context, ExecutionAttributes attributes) {
      hosts.add(context.httpRequest().host());
    }
  }
}
