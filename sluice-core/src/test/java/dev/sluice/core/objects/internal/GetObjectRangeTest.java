package dev.sluice.core.objects.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.objects.ByteRange;
import dev.sluice.core.objects.GetObjectInput;
import dev.sluice.core.objects.ObjectRead;
import dev.sluice.core.objects.Preconditions;
import dev.sluice.core.result.Result;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GetObjectRangeTest {

  @TempDir Path dir;
  ObjectStoreFixture fixture;

  @BeforeEach
  void setUp() {
    fixture = new ObjectStoreFixture(dir);
    fixture.bucket("docs");
    fixture.put("docs", "a.txt", "hello world");
  }

  private Result<ObjectRead> get(ByteRange range) {
    return fixture.service.getObject(
        new GetObjectInput("docs", "a.txt", range, Preconditions.none(), null), true);
  }

  private Result<ObjectRead> part(int partNumber) {
    return fixture.service.getObject(
        new GetObjectInput("docs", "a.txt", null, Preconditions.none(), partNumber), true);
  }

  private static String partialBody(Result<ObjectRead> read) {
    assertThat(read.value().partial()).isTrue();
    return ObjectStoreFixture.body(read.value());
  }

  @Test
  void aWholeObjectReadIsNotPartial() {
    var read = get(null);

    assertThat(read.value().partial()).isFalse();
    assertThat(read.value().first()).isZero();
    assertThat(read.value().length()).isEqualTo(11);
    assertThat(ObjectStoreFixture.body(read.value())).isEqualTo("hello world");
  }

  @Test
  void aFirstToLastRangeReadsThoseBytes() {
    assertThat(partialBody(get(new ByteRange.FromTo(0, 4L)))).isEqualTo("hello");
  }

  @Test
  void anOpenEndedRangeReadsToTheEnd() {
    var read = get(new ByteRange.FromTo(6, null));

    assertThat(read.value().first()).isEqualTo(6);
    assertThat(partialBody(read)).isEqualTo("world");
  }

  @Test
  void aLastByteBeyondTheEndIsClampedToTheEnd() {
    var read = get(new ByteRange.FromTo(6, 1000L));

    assertThat(read.value().length()).isEqualTo(5);
    assertThat(partialBody(read)).isEqualTo("world");
  }

  @Test
  void aSuffixRangeReadsTheLastBytes() {
    assertThat(partialBody(get(new ByteRange.Suffix(5)))).isEqualTo("world");
  }

  @Test
  void aSuffixLongerThanTheObjectReadsAllOfIt() {
    var read = get(new ByteRange.Suffix(50));

    assertThat(read.value().first()).isZero();
    assertThat(partialBody(read)).isEqualTo("hello world");
  }

  @Test
  void aRangeStartingAtOrAfterTheEndIsInvalidRangeWithTheDetailsS3Gives() {
    var read = get(new ByteRange.FromTo(11, null));

    assertThat(read.failure().code()).isEqualTo("InvalidRange");
    assertThat(read.failure().status()).isEqualTo(416);
    assertThat(read.failure().message()).isEqualTo("The requested range is not satisfiable");
    assertThat(read.failure().details())
        .containsEntry("RangeRequested", "bytes=11-")
        .containsEntry("ActualObjectSize", "11");
    assertThat(get(new ByteRange.FromTo(20, 30L)).failure().details())
        .containsEntry("RangeRequested", "bytes=20-30");
  }

  @Test
  void anEmptySuffixIsInvalidRange() {
    assertThat(get(new ByteRange.Suffix(0)).failure().details())
        .containsEntry("RangeRequested", "bytes=-0");
  }

  @Test
  void aRangeWhoseLastIsBeforeItsFirstIsIgnored() {
    var read = get(new ByteRange.FromTo(5, 2L));

    assertThat(read.value().partial()).isFalse();
    assertThat(read.value().length()).isEqualTo(11);
  }

  @Test
  void conditionsAreEvaluatedBeforeTheRange() {
    var etag = fixture.catalog.findObject("docs", "a.txt").orElseThrow().etag();
    var read =
        fixture.service.getObject(
            new GetObjectInput(
                "docs",
                "a.txt",
                new ByteRange.FromTo(50, null),
                new Preconditions(null, etag, null, null),
                null),
            true);

    assertThat(read.failure().status()).isEqualTo(304);
  }

  @Test
  void aMissingKeyIsNoSuchKeyWithTheKey() {
    var read = fixture.service.getObject(ObjectStoreFixture.get("docs", "missing.txt"), true);

    assertThat(read.failure().code()).isEqualTo("NoSuchKey");
    assertThat(read.failure().status()).isEqualTo(404);
    assertThat(read.failure().message()).isEqualTo("The specified key does not exist.");
    assertThat(read.failure().details()).containsEntry("Key", "missing.txt");
  }

  @Test
  void partOneOfASinglePartObjectIsTheWholeObject() {
    assertThat(partialBody(part(1))).isEqualTo("hello world");
  }

  @Test
  void aPartBeyondTheObjectsPartsIsInvalidPartNumber() {
    var read = part(2);

    assertThat(read.failure().code()).isEqualTo("InvalidPartNumber");
    assertThat(read.failure().status()).isEqualTo(416);
    assertThat(read.failure().details())
        .containsEntry("PartNumberRequested", "2")
        .containsEntry("ActualPartCount", "1");
  }

  @Test
  void aPartNumberOutsideOneTo10000IsInvalidArgument() {
    for (int n : new int[] {0, 10_001}) {
      var read = part(n);
      assertThat(read.failure().code()).isEqualTo("InvalidArgument");
      assertThat(read.failure().message())
          .isEqualTo("Part number must be an integer between 1 and 10000, inclusive");
    }
  }

  @Test
  void aRangeTogetherWithAPartNumberIsInvalidRequest() {
    var read =
        fixture.service.getObject(
            new GetObjectInput(
                "docs", "a.txt", new ByteRange.FromTo(0, 1L), Preconditions.none(), 1),
            true);

    assertThat(read.failure().code()).isEqualTo("InvalidRequest");
    assertThat(read.failure().message())
        .isEqualTo("Cannot specify both Range header and partNumber query parameter");
  }

  @Test
  void anOpenReadKeepsItsBytesWhenTheKeyIsOverwritten() {
    var read = get(null);

    fixture.put("docs", "a.txt", "something else");

    assertThat(ObjectStoreFixture.body(read.value())).isEqualTo("hello world");
    assertThat(fixture.read("docs", "a.txt")).isEqualTo("something else");
  }
}
