package dev.sluice.core.objects.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.objects.GetObjectInput;
import dev.sluice.core.objects.ObjectRead;
import dev.sluice.core.objects.ObjectRecord;
import dev.sluice.core.objects.Preconditions;
import dev.sluice.core.result.Result;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GetObjectConditionsTest {

  /** The object's Last-Modified at HTTP-date (second) precision. */
  private static final Instant MODIFIED = Instant.parse("2026-01-02T03:04:05Z");

  private static final Instant BEFORE = MODIFIED.minusSeconds(60);
  private static final Instant AFTER = MODIFIED.plusSeconds(60);
  private static final String OTHER = "\"00000000000000000000000000000000\"";

  @TempDir Path dir;
  ObjectStoreFixture fixture;
  ObjectRecord object;

  @BeforeEach
  void setUp() {
    fixture = new ObjectStoreFixture(dir);
    fixture.bucket("docs");
    object = fixture.put("docs", "a.txt", "hello world");
    fixture.clock.advance(Duration.ofHours(1));
  }

  private Result<ObjectRead> get(Preconditions conditions) {
    var read =
        fixture.service.getObject(
            new GetObjectInput("docs", "a.txt", null, conditions, null), true);
    read.map(r -> ObjectStoreFixture.body(r));
    return read;
  }

  private static Preconditions of(String ifMatch, String ifNoneMatch, Instant ims, Instant ius) {
    return new Preconditions(ifMatch, ifNoneMatch, ims, ius);
  }

  private static void assertOk(Result<ObjectRead> read) {
    assertThat(read.isOk()).as("%s", read).isTrue();
  }

  private static void assertPreconditionFailed(Result<ObjectRead> read, String condition) {
    assertThat(read.failure().code()).isEqualTo("PreconditionFailed");
    assertThat(read.failure().status()).isEqualTo(412);
    assertThat(read.failure().details()).containsEntry("Condition", condition);
  }

  private static void assertNotModified(Result<ObjectRead> read) {
    assertThat(read.failure().code()).isEqualTo("NotModified");
    assertThat(read.failure().status()).isEqualTo(304);
  }

  @Test
  void ifMatchWithTheEtagReads() {
    assertOk(get(of(object.etag(), null, null, null)));
    assertOk(get(of("*", null, null, null)));
    assertOk(get(of(OTHER + ", " + object.etag(), null, null, null)));
  }

  @Test
  void ifMatchWithAnotherEtagIsPreconditionFailed() {
    assertPreconditionFailed(get(of(OTHER, null, null, null)), "If-Match");
  }

  @Test
  void ifNoneMatchWithTheEtagIsNotModified() {
    assertNotModified(get(of(null, object.etag(), null, null)));
  }

  @Test
  void ifNoneMatchWithAnotherEtagReads() {
    assertOk(get(of(null, OTHER, null, null)));
  }

  @Test
  void ifModifiedSinceBeforeTheChangeReads() {
    assertOk(get(of(null, null, BEFORE, null)));
  }

  @Test
  void ifModifiedSinceAtOrAfterTheChangeIsNotModifiedComparingWholeSeconds() {
    assertNotModified(get(of(null, null, MODIFIED, null)));
    assertNotModified(get(of(null, null, AFTER, null)));
  }

  @Test
  void ifModifiedSinceInTheFutureIsIgnored() {
    assertOk(get(of(null, null, fixture.clock.now().plusSeconds(3600), null)));
  }

  @Test
  void ifUnmodifiedSinceBeforeTheChangeIsPreconditionFailed() {
    assertPreconditionFailed(get(of(null, null, null, BEFORE)), "If-Unmodified-Since");
  }

  @Test
  void ifUnmodifiedSinceAtOrAfterTheChangeReads() {
    assertOk(get(of(null, null, null, MODIFIED)));
    assertOk(get(of(null, null, null, AFTER)));
  }

  @Test
  void ifMatchThatHoldsOverridesAFailingIfUnmodifiedSince() {
    assertOk(get(of(object.etag(), null, null, BEFORE)));
  }

  @Test
  void ifNoneMatchThatFailsIsNotModifiedEvenWhenIfModifiedSinceHolds() {
    assertNotModified(get(of(null, object.etag(), BEFORE, null)));
  }

  @Test
  void ifNoneMatchThatHoldsOverridesAFailingIfModifiedSince() {
    assertOk(get(of(null, OTHER, AFTER, null)));
  }

  @Test
  void aFailingIfMatchWinsOverAFailingIfNoneMatch() {
    assertPreconditionFailed(get(of(OTHER, object.etag(), null, null)), "If-Match");
  }

  @Test
  void headObjectEvaluatesTheSameConditionsWithoutOpeningTheBlob() {
    var head =
        fixture.service.getObject(
            new GetObjectInput("docs", "a.txt", null, of(null, object.etag(), null, null), null),
            false);
    var ok =
        fixture.service.getObject(
            new GetObjectInput("docs", "a.txt", null, of(object.etag(), null, null, null), null),
            false);

    assertNotModified(head);
    assertThat(ok.value().channel()).isNull();
    assertThat(ok.value().record()).isEqualTo(object);
    assertThat(ok.value().length()).isEqualTo(11);
  }
}
