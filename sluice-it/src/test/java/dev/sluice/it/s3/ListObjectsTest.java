package dev.sluice.it.s3;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.it.support.S3Clients;
import dev.sluice.junit.SluiceExtension;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CommonPrefix;
import software.amazon.awssdk.services.s3.model.EncodingType;
import software.amazon.awssdk.services.s3.model.S3Object;

@ExtendWith(SluiceExtension.class)
class ListObjectsTest {
  static S3Client s3;
  static final List<String> KEYS =
      List.of(
          "a.txt",
          "b/1.txt",
          "b/2.txt",
          "b/c/3.txt",
          "d/4.txt",
          "e f/5.txt",
          "z.txt",
          "\u00e9.txt", // é: 0xC3 0xA9, after every ASCII key
          "\uFFFD.txt", // 0xEF 0xBF 0xBD
          "\uD83D\uDE00.txt"); // 😀: 0xF0 ..., the last in UTF-8 byte order

  @BeforeAll
  static void objects(URI endpoint) {
    s3 = S3Clients.s3(endpoint);
    s3.createBucket(b -> b.bucket("listing"));
    for (var key : KEYS) {
      s3.putObject(b -> b.bucket("listing").key(key), RequestBody.fromString(key));
    }
  }

  @Test
  void keysAreListedInUtf8ByteOrder() {
    var keys = s3.listObjectsV2(b -> b.bucket("listing")).contents().stream().map(S3Object::key);
    assertThat(keys)
        .containsExactly(
            "a.txt",
            "b/1.txt",
            "b/2.txt",
            "b/c/3.txt",
            "d/4.txt",
            "e f/5.txt",
            "z.txt",
            "\u00e9.txt",
            "\uFFFD.txt",
            "\uD83D\uDE00.txt");
  }

  @Test
  void aDelimiterGroupsKeysIntoCommonPrefixes() {
    var page = s3.listObjectsV2(b -> b.bucket("listing").delimiter("/"));
    assertThat(page.commonPrefixes().stream().map(CommonPrefix::prefix))
        .containsExactly("b/", "d/", "e f/");
    assertThat(page.contents().stream().map(S3Object::key))
        .containsExactly("a.txt", "z.txt", "\u00e9.txt", "\uFFFD.txt", "\uD83D\uDE00.txt");
    assertThat(page.keyCount()).isEqualTo(8);
  }

  @Test
  void aPrefixAndDelimiterListOneLevel() {
    var page = s3.listObjectsV2(b -> b.bucket("listing").prefix("b/").delimiter("/"));
    assertThat(page.contents().stream().map(S3Object::key)).containsExactly("b/1.txt", "b/2.txt");
    assertThat(page.commonPrefixes().stream().map(CommonPrefix::prefix)).containsExactly("b/c/");
  }

  @Test
  void thePaginatorWalksEveryKeyOnceWithSmallPages() {
    var seen = new ArrayList<String>();
    s3.listObjectsV2Paginator(b -> b.bucket("listing").maxKeys(3))
        .forEach(
            page -> {
              assertThat(page.contents().size()).isLessThanOrEqualTo(3);
              page.contents().forEach(o -> seen.add(o.key()));
            });
    assertThat(seen).containsExactlyElementsOf(KEYS);
  }

  @Test
  void startAfterSkipsEarlierKeys() {
    var page = s3.listObjectsV2(b -> b.bucket("listing").startAfter("d/4.txt").maxKeys(2));
    assertThat(page.contents().stream().map(S3Object::key)).containsExactly("e f/5.txt", "z.txt");
    assertThat(page.isTruncated()).isTrue();
  }

  @Test
  void listObjectsV1PagesWithMarkers() {
    var seen = new ArrayList<String>();
    String marker = null;
    while (true) {
      var from = marker;
      var page = s3.listObjects(b -> b.bucket("listing").maxKeys(4).marker(from));
      page.contents().forEach(o -> seen.add(o.key()));
      if (!page.isTruncated()) {
        break;
      }
      marker = page.contents().get(page.contents().size() - 1).key();
    }
    assertThat(seen).containsExactlyElementsOf(KEYS);
    var delimited = s3.listObjects(b -> b.bucket("listing").delimiter("/").maxKeys(2));
    assertThat(delimited.isTruncated()).isTrue();
    assertThat(delimited.nextMarker()).isEqualTo("b/");
  }

  @Test
  void urlEncodingIsAppliedAndUndoneByTheSdk() {
    var page =
        s3.listObjectsV2(b -> b.bucket("listing").prefix("e f/").encodingType(EncodingType.URL));
    assertThat(page.contents().stream().map(S3Object::key)).containsExactly("e f/5.txt");
  }

  @Test
  void maxKeysZeroReturnsNothing() {
    var page = s3.listObjectsV2(b -> b.bucket("listing").maxKeys(0));
    assertThat(page.contents()).isEmpty();
    assertThat(page.keyCount()).isZero();
  }
}
