package dev.sluice.aws.s3.operations;

import static dev.sluice.aws.s3.support.S3Calls.request;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.aws.s3.S3Endpoint;
import dev.sluice.aws.s3.S3Settings;
import dev.sluice.aws.s3.internal.ContinuationToken;
import dev.sluice.aws.s3.support.RecordingObjectService;
import dev.sluice.aws.s3.support.Responses;
import dev.sluice.core.objects.ListObjectsInput;
import dev.sluice.core.objects.ObjectListing;
import dev.sluice.core.result.Result;
import java.util.List;
import org.junit.jupiter.api.Test;

/** ListObjectsV2 and ListObjects parameters into the service, pages back. */
class ListingWireTest {
  private final RecordingObjectService objects = new RecordingObjectService();
  private final S3Endpoint endpoint = new S3Endpoint(objects, S3Settings.defaults());

  @Test
  void listObjectsV2PassesPrefixDelimiterStartAfterAndMaxKeys() {
    endpoint.handle(
        request(
                "GET",
                "/bucket?list-type=2&prefix=a%2Fb&delimiter=%2F&start-after=a%2Fb%2F1&max-keys=7")
            .call());

    assertThat(objects.last(ListObjectsInput.class))
        .isEqualTo(new ListObjectsInput("bucket", "a/b", "/", "a/b/1", 7));
  }

  @Test
  void maxKeysDefaultsTo1000AndIsCappedThere() {
    endpoint.handle(request("GET", "/bucket?list-type=2").call());
    assertThat(objects.last(ListObjectsInput.class).maxKeys()).isEqualTo(1000);

    endpoint.handle(request("GET", "/bucket?list-type=2&max-keys=5000").call());
    assertThat(objects.last(ListObjectsInput.class).maxKeys()).isEqualTo(1000);
  }

  @Test
  void aTruncatedPageHandsOutATokenThatContinuesAfterItsLastEntry() {
    objects.listing =
        Result.ok(
            new ObjectListing(
                List.of(RecordingObjectService.record("a", 1)), List.of("b/"), true, "b/"));

    var first =
        Responses.text(endpoint.handle(request("GET", "/bucket?list-type=2&max-keys=2").call()));
    var token = ContinuationToken.encode("b/");
    endpoint.handle(request("GET", "/bucket?list-type=2&continuation-token=" + token).call());

    assertThat(first)
        .contains("<NextContinuationToken>" + token + "</NextContinuationToken>")
        .contains("<KeyCount>2</KeyCount>")
        .contains("<IsTruncated>true</IsTruncated>");
    assertThat(objects.last(ListObjectsInput.class).startAfter()).isEqualTo("b/");
  }

  @Test
  void theTokenWinsOverStartAfterAndBothAreEchoed() {
    var token = ContinuationToken.encode("m");

    var body =
        Responses.text(
            endpoint.handle(
                request("GET", "/bucket?list-type=2&start-after=c&continuation-token=" + token)
                    .call()));

    assertThat(objects.last(ListObjectsInput.class).startAfter()).isEqualTo("m");
    assertThat(body)
        .contains("<ContinuationToken>" + token + "</ContinuationToken>")
        .contains("<StartAfter>c</StartAfter>")
        .doesNotContain("NextContinuationToken");
  }

  @Test
  void aBadTokenIsInvalidArgument() {
    var response =
        endpoint.handle(request("GET", "/bucket?list-type=2&continuation-token=_w").call());

    assertThat(response.status()).isEqualTo(400);
    assertThat(Responses.text(response))
        .contains("<Message>The continuation token provided is incorrect</Message>");
    assertThat(objects.calls).isEmpty();
  }

  @Test
  void aNegativeOrNonIntegerMaxKeysIsInvalidArgument() {
    for (var value : new String[] {"-1", "ten", "99999999999"}) {
      var response =
          endpoint.handle(request("GET", "/bucket?list-type=2&max-keys=" + value).call());

      assertThat(response.status()).isEqualTo(400);
      assertThat(Responses.text(response))
          .contains("<Code>InvalidArgument</Code>")
          .contains("<ArgumentName>max-keys</ArgumentName>");
    }
  }

  @Test
  void anUnknownEncodingTypeIsInvalidArgument() {
    var response =
        endpoint.handle(request("GET", "/bucket?list-type=2&encoding-type=base64").call());

    assertThat(Responses.text(response))
        .contains("<Message>Invalid Encoding Method specified in Request</Message>");
  }

  @Test
  void ownersAreListedOnlyWhenFetchOwnerIsTrue() {
    objects.listing =
        Result.ok(
            new ObjectListing(
                List.of(RecordingObjectService.record("a", 1)), List.of(), false, "a"));

    var without = Responses.text(endpoint.handle(request("GET", "/bucket?list-type=2").call()));
    var with =
        Responses.text(
            endpoint.handle(request("GET", "/bucket?list-type=2&fetch-owner=true").call()));

    assertThat(without).doesNotContain("<Owner>");
    assertThat(with).contains("<Owner><ID>");
  }

  @Test
  void listObjectsV1StartsAfterTheMarker() {
    endpoint.handle(request("GET", "/bucket?marker=k%2B1&prefix=k").call());

    assertThat(objects.last(ListObjectsInput.class))
        .isEqualTo(new ListObjectsInput("bucket", "k", null, "k+1", 1000));
  }

  @Test
  void urlEncodingAppliesToKeysAndPrefixes() {
    objects.listing =
        Result.ok(
            new ObjectListing(
                List.of(RecordingObjectService.record("a b+c", 1)), List.of(), false, "a b+c"));

    var body =
        Responses.text(
            endpoint.handle(
                request("GET", "/bucket?list-type=2&prefix=a%20&encoding-type=url").call()));

    assertThat(body)
        .contains("<Key>a%20b%2Bc</Key>")
        .contains("<Prefix>a%20</Prefix>")
        .contains("<EncodingType>url</EncodingType>");
  }
}
