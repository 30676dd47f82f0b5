package dev.sluice.core.objects.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.objects.ListObjectsInput;
import dev.sluice.core.objects.ObjectAttributes;
import dev.sluice.core.objects.ObjectListing;
import dev.sluice.core.objects.ObjectRecord;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ListObjectsTest {

  @TempDir Path dir;
  ObjectStoreFixture fixture;

  @BeforeEach
  void setUp() {
    fixture = new ObjectStoreFixture(dir);
    fixture.bucket("bkt");
  }

  /** Listing reads only the catalog, so records without blobs will do. */
  private void keys(String... keys) {
    for (var key : keys) {
      fixture.catalog.putObject(
          new ObjectRecord(
              "bkt",
              key,
              "none",
              1,
              "\"e\"",
              ObjectStoreFixture.START,
              ObjectAttributes.none(),
              Map.of(),
              0,
              "0"),
          List.of());
    }
  }

  private ObjectListing list(String prefix, String delimiter, String startAfter, int maxKeys) {
    return fixture
        .service
        .listObjects(new ListObjectsInput("bkt", prefix, delimiter, startAfter, maxKeys))
        .value();
  }

  private static List<String> keysOf(ObjectListing listing) {
    return listing.contents().stream().map(ObjectRecord::key).toList();
  }

  @Test
  void listsKeysInUtf8ByteOrder() {
    keys("b", "a", "\uFFFD", "\uD83D\uDE00", "A");

    var listing = list(null, null, null, 1000);

    assertThat(keysOf(listing)).containsExactly("A", "a", "b", "\uFFFD", "\uD83D\uDE00");
    assertThat(listing.truncated()).isFalse();
    assertThat(listing.last()).isEqualTo("\uD83D\uDE00");
  }

  @Test
  void listsOnlyKeysWithThePrefix() {
    keys("logs/1", "logs/2", "logsx", "data/1", "log");

    assertThat(keysOf(list("logs/", null, null, 1000))).containsExactly("logs/1", "logs/2");
  }

  @Test
  void rollsKeysUpToTheDelimiterIntoCommonPrefixes() {
    keys("top.txt", "photos/2024/a.jpg", "photos/2024/b.jpg", "photos/2025/c.jpg", "videos/v.mp4");

    var root = list(null, "/", null, 1000);
    var photos = list("photos/", "/", null, 1000);

    assertThat(keysOf(root)).containsExactly("top.txt");
    assertThat(root.commonPrefixes()).containsExactly("photos/", "videos/");
    assertThat(keysOf(photos)).isEmpty();
    assertThat(photos.commonPrefixes()).containsExactly("photos/2024/", "photos/2025/");
  }

  @Test
  void aMultiCharacterDelimiterRollsUpToItsEnd() {
    keys("a--b--c", "a--d", "e");

    var listing = list(null, "--", null, 1000);

    assertThat(listing.commonPrefixes()).containsExactly("a--");
    assertThat(keysOf(listing)).containsExactly("e");
  }

  @Test
  void commonPrefixesWithSupplementaryCharactersFollowUtf8Order() {
    keys("x/\uD83D\uDE00/1", "x/\uD83D\uDE00/2", "x/\uFFFD/1", "x/\uFFFD/2", "x/z");

    var listing = list("x/", "/", null, 1000);

    assertThat(listing.commonPrefixes()).containsExactly("x/\uFFFD/", "x/\uD83D\uDE00/");
    assertThat(keysOf(listing)).containsExactly("x/z");
  }

  @Test
  void aFullPageIsTruncatedAndTheNextPageStartsAfterItsLastEntry() {
    keys("a", "b/1", "b/2", "c", "d/1", "e");
    var pages = new ArrayList<String>();
    String after = null;
    boolean truncated = true;
    while (truncated) {
      var page = list(null, "/", after, 2);
      page.contents().forEach(r -> pages.add(r.key()));
      pages.addAll(page.commonPrefixes());
      truncated = page.truncated();
      after = page.last();
    }

    assertThat(pages).containsExactly("a", "b/", "c", "d/", "e");
  }

  @Test
  void aPageThatEndsExactlyAtTheLastKeyIsNotTruncated() {
    keys("a", "b");

    var listing = list(null, null, null, 2);

    assertThat(keysOf(listing)).containsExactly("a", "b");
    assertThat(listing.truncated()).isFalse();
  }

  @Test
  void startAfterACommonPrefixSkipsAllOfItsKeys() {
    keys("asdf", "boo/bar", "boo/baz/xyzzy", "cquux/thud", "cquux/bla");

    var listing = list(null, "/", "boo/", 1);

    assertThat(listing.commonPrefixes()).containsExactly("cquux/");
    assertThat(listing.contents()).isEmpty();
    assertThat(listing.truncated()).isFalse();
  }

  @Test
  void startAfterAKeyListsOnlyLaterKeys() {
    keys("a", "b", "c");

    assertThat(keysOf(list(null, null, "a", 1000))).containsExactly("b", "c");
    assertThat(keysOf(list(null, null, "bb", 1000))).containsExactly("c");
  }

  @Test
  void maxKeysZeroListsNothingAndIsNotTruncated() {
    keys("a", "b");

    var listing = list(null, null, null, 0);

    assertThat(listing.contents()).isEmpty();
    assertThat(listing.commonPrefixes()).isEmpty();
    assertThat(listing.truncated()).isFalse();
  }

  @Test
  void aPageHoldsAtMost1000Keys() {
    var many = new String[1001];
    for (int i = 0; i < many.length; i++) {
      many[i] = String.format("k%04d", i);
    }
    keys(many);

    var listing = list(null, null, null, 5000);

    assertThat(listing.contents()).hasSize(1000);
    assertThat(listing.truncated()).isTrue();
  }

  @Test
  void aCommonPrefixIsSkippedWithoutReadingTheKeysUnderIt() {
    var many = new String[3000];
    for (int i = 0; i < many.length; i++) {
      many[i] = String.format("big/%05d", i);
    }
    keys(many);
    keys("a", "z");

    var listing = list(null, "/", null, 1000);

    assertThat(keysOf(listing)).containsExactly("a", "z");
    assertThat(listing.commonPrefixes()).containsExactly("big/");
    assertThat(fixture.catalog.rowsRead()).isLessThan(10);
  }

  @Test
  void aDelimitedListingOfManyPlainKeysFillsWholePages() {
    var many = new String[150];
    for (int i = 0; i < many.length; i++) {
      many[i] = String.format("k%03d", i);
    }
    keys(many);

    var first = list(null, "/", null, 100);
    var second = list(null, "/", first.last(), 100);

    assertThat(first.contents()).hasSize(100);
    assertThat(first.truncated()).isTrue();
    assertThat(first.last()).isEqualTo("k099");
    assertThat(keysOf(second)).hasSize(50).startsWith("k100").endsWith("k149");
    assertThat(second.truncated()).isFalse();
  }

  @Test
  void listingAMissingBucketIsNoSuchBucket() {
    var listing =
        fixture.service.listObjects(new ListObjectsInput("nothing-here", null, null, null, 10));

    assertThat(listing.failure().code()).isEqualTo("NoSuchBucket");
  }
}
