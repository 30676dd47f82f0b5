package dev.sluice.core.objects.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.objects.ListUploadsInput;
import dev.sluice.core.objects.MultipartUpload;
import dev.sluice.core.objects.UploadListing;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ListMultipartUploadsTest {

  @TempDir Path dir;
  ObjectStoreFixture store;
  MultipartFixture multipart;

  @BeforeEach
  void setUp() {
    store = new ObjectStoreFixture(dir);
    store.bucket("bkt");
    multipart = new MultipartFixture(store);
  }

  private MultipartUpload create(String key) {
    store.clock.advance(Duration.ofSeconds(1));
    return multipart.create("bkt", key, null);
  }

  private UploadListing list(
      String prefix, String delimiter, String keyMarker, String idMarker, int max) {
    return store
        .service
        .listMultipartUploads(
            new ListUploadsInput("bkt", prefix, delimiter, keyMarker, idMarker, max))
        .value();
  }

  @Test
  void listsUploadsByKeyThenAge() {
    var b = create("b");
    var a1 = create("a");
    var a2 = create("a");

    var listing = list(null, null, null, null, 1000);

    assertThat(listing.uploads()).containsExactly(a1, a2, b);
    assertThat(listing.truncated()).isFalse();
  }

  @Test
  void rollsKeysUpIntoCommonPrefixesAndFiltersByPrefix() {
    var top = create("top");
    create("logs/2024/x");
    create("logs/2025/y");
    var plain = create("logs/z");

    var root = list(null, "/", null, null, 1000);
    var logs = list("logs/", "/", null, null, 1000);

    assertThat(root.uploads()).containsExactly(top);
    assertThat(root.commonPrefixes()).containsExactly("logs/");
    assertThat(logs.uploads()).containsExactly(plain);
    assertThat(logs.commonPrefixes()).containsExactly("logs/2024/", "logs/2025/");
  }

  @Test
  void pagesContinueAfterTheNextMarkers() {
    var a1 = create("a");
    var a2 = create("a");
    create("b/1");
    create("b/2");
    var c = create("c");
    var seen = new ArrayList<String>();
    String keyMarker = null;
    String idMarker = null;
    boolean truncated = true;
    while (truncated) {
      var page = list(null, "/", keyMarker, idMarker, 2);
      page.uploads().forEach(u -> seen.add(u.key() + "#" + u.uploadId()));
      seen.addAll(page.commonPrefixes());
      truncated = page.truncated();
      keyMarker = page.nextKeyMarker();
      idMarker = page.nextUploadIdMarker();
    }

    assertThat(seen)
        .containsExactlyInAnyOrder(
            "a#" + a1.uploadId(), "a#" + a2.uploadId(), "b/", "c#" + c.uploadId());
  }

  @Test
  void maxUploadsZeroListsNothing() {
    create("a");

    var listing = list(null, null, null, null, 0);

    assertThat(listing.uploads()).isEmpty();
    assertThat(listing.truncated()).isFalse();
  }

  @Test
  void listingUploadsOfAMissingBucketIsNoSuchBucket() {
    var listing =
        store.service.listMultipartUploads(
            new ListUploadsInput("nothing-here", null, null, null, null, 10));

    assertThat(listing.failure().code()).isEqualTo("NoSuchBucket");
  }
}
