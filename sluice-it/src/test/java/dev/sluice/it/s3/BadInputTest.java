package dev.sluice.it.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sluice.it.support.RawHttp;
import dev.sluice.it.support.S3Clients;
import dev.sluice.junit.SluiceExtension;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/** Malformed requests get S3's error, never a 500, and store nothing partial. */
@ExtendWith(SluiceExtension.class)
class BadInputTest {
  static S3Client s3;
  static URI endpoint;

  @BeforeAll
  static void bucket(URI uri) {
    endpoint = uri;
    s3 = S3Clients.s3(uri);
    s3.createBucket(b -> b.bucket("bad-input"));
    s3.putObject(b -> b.bucket("bad-input").key("existing"), RequestBody.fromString("original"));
  }

  @Test
  void malformedXmlIsMalformedXml() throws Exception {
    var body = "<Delete><Object><Key>x</Key>".getBytes(StandardCharsets.UTF_8);
    var response =
        RawHttp.exchange(
            endpoint,
            "POST /bad-input?delete HTTP/1.1\r\nContent-Length: " + body.length,
            body,
            false);
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.body()).contains("<Code>MalformedXML</Code>");
  }

  @Test
  void aBodyShorterThanItsContentLengthStoresNothing() throws Exception {
    var response =
        RawHttp.exchange(
            endpoint,
            "PUT /bad-input/short HTTP/1.1\r\nContent-Length: 100",
            "only fifty bytes............................".getBytes(StandardCharsets.UTF_8),
            true);
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.body()).contains("IncompleteBody");
    assertThatThrownBy(() -> s3.headObject(b -> b.bucket("bad-input").key("short")))
        .isInstanceOf(NoSuchKeyException.class);
  }

  @Test
  void aTruncatedAwsChunkedBodyStoresNothingAndKeepsTheOldObject() throws Exception {
    var response =
        RawHttp.exchange(
            endpoint,
            "PUT /bad-input/existing HTTP/1.1\r\n"
                + "Content-Encoding: aws-chunked\r\n"
                + "x-amz-content-sha256: STREAMING-UNSIGNED-PAYLOAD-TRAILER\r\n"
                + "x-amz-decoded-content-length: 10\r\n"
                + "Content-Length: 8",
            "a\r\n01234".getBytes(StandardCharsets.UTF_8), // the chunk promises 10 bytes, has 5
            true);
    assertThat(response.status()).isEqualTo(400);
    assertThat(s3.getObjectAsBytes(b -> b.bucket("bad-input").key("existing")).asUtf8String())
        .isEqualTo("original");
  }

  @Test
  void aWrongChecksumHeaderIsBadDigest() throws Exception {
    var body = "hello world".getBytes(StandardCharsets.UTF_8);
    var response =
        RawHttp.exchange(
            endpoint,
            "PUT /bad-input/summed HTTP/1.1\r\nx-amz-checksum-crc32: AAAAAA==\r\nContent-Length: "
                + body.length,
            body,
            false);
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.body()).contains("<Code>BadDigest</Code>");
    assertThatThrownBy(() -> s3.headObject(b -> b.bucket("bad-input").key("summed")))
        .isInstanceOf(NoSuchKeyException.class);
  }

  @Test
  void anUnparseableContentMd5IsInvalidDigest() throws Exception {
    var body = "x".getBytes(StandardCharsets.UTF_8);
    var response =
        RawHttp.exchange(
            endpoint,
            "PUT /bad-input/md5 HTTP/1.1\r\nContent-MD5: not-base64!\r\nContent-Length: 1",
            body,
            false);
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.body()).contains("<Code>InvalidDigest</Code>");
  }

  @Test
  void anOversizedSinglePutIsEntityTooLargeBeforeAnyByteIsSent() throws Exception {
    var response =
        RawHttp.exchange(
            endpoint,
            "PUT /bad-input/huge HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 5368709121",
            new byte[0],
            false);
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.body()).contains("<Code>EntityTooLarge</Code>");
  }

  @Test
  void aPutWithoutContentLengthIsMissingContentLength() throws Exception {
    var response =
        RawHttp.exchange(
            endpoint,
            "PUT /bad-input/nolength HTTP/1.1\r\nTransfer-Encoding: chunked",
            "1\r\nx\r\n0\r\n\r\n".getBytes(StandardCharsets.UTF_8),
            false);
    assertThat(response.status()).isEqualTo(411);
    assertThat(response.body()).contains("<Code>MissingContentLength</Code>");
  }

  @Test
  void anInvalidBucketNameOnTheWireIsInvalidBucketName() throws Exception {
    var response =
        RawHttp.exchange(
            endpoint, "PUT /Bad_Bucket HTTP/1.1\r\nContent-Length: 0", new byte[0], false);
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.body()).contains("<Code>InvalidBucketName</Code>");
  }

  @Test
  void anUnknownJsonOperationGetsTheJsonProtocolsError() throws Exception {
    var body = "{}".getBytes(StandardCharsets.UTF_8);
    var response =
        RawHttp.exchange(
            endpoint,
            "POST / HTTP/1.1\r\nX-Amz-Target: AWSStepFunctions.NoSuchThing\r\n"
                + "Content-Type: application/x-amz-json-1.0\r\nContent-Length: "
                + body.length,
            body,
            false);
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.body()).contains("UnknownOperationException");
  }
}
