package dev.sluice.core.objects.internal;

import static dev.sluice.core.objects.internal.ObjectStoreFixture.bytes;
import static dev.sluice.core.objects.internal.ObjectStoreFixture.input;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.objects.ExpectedDigests;
import dev.sluice.core.objects.ObjectRecord;
import dev.sluice.core.objects.Preconditions;
import dev.sluice.core.result.Result;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConditionalPutTest {

  @TempDir Path dir;
  ObjectStoreFixture fixture;

  @BeforeEach
  void setUp() {
    fixture = new ObjectStoreFixture(dir);
    fixture.bucket("docs");
  }

  private Result<ObjectRecord> put(String body, Preconditions conditions) {
    return fixture.put(input("docs", "a.txt", bytes(body), ExpectedDigests.none(), conditions));
  }

  private static Preconditions ifNoneMatch(String value) {
    return new Preconditions(null, value, null, null);
  }

  private static Preconditions ifMatch(String value) {
    return new Preconditions(value, null, null, null);
  }

  @Test
  void ifNoneMatchStarWritesAKeyThatDoesNotExist() {
    assertThat(put("new", ifNoneMatch("*")).isOk()).isTrue();
    assertThat(fixture.read("docs", "a.txt")).isEqualTo("new");
  }

  @Test
  void ifNoneMatchStarOnAnExistingKeyIsPreconditionFailedAndKeepsTheObject() {
    fixture.put("docs", "a.txt", "old");

    var stored = put("new", ifNoneMatch("*"));

    assertThat(stored.failure().code()).isEqualTo("PreconditionFailed");
    assertThat(stored.failure().status()).isEqualTo(412);
    assertThat(stored.failure().message())
        .isEqualTo("At least one of the pre-conditions you specified did not hold");
    assertThat(stored.failure().details()).containsEntry("Condition", "If-None-Match");
    assertThat(fixture.read("docs", "a.txt")).isEqualTo("old");
    assertThat(fixture.blobs.blobIds()).hasSize(1);
  }

  @Test
  void ifMatchWithTheCurrentEtagReplacesTheObject() {
    var old = fixture.put("docs", "a.txt", "old");

    var stored = put("new", ifMatch(old.etag()));

    assertThat(stored.isOk()).isTrue();
    assertThat(fixture.read("docs", "a.txt")).isEqualTo("new");
    assertThat(fixture.blobs.blobIds()).containsExactly(stored.value().blobId());
  }

  @Test
  void ifMatchAcceptsTheEtagWithoutQuotes() {
    var old = fixture.put("docs", "a.txt", "old");

    assertThat(put("new", ifMatch(Etags.unquote(old.etag()))).isOk()).isTrue();
  }

  @Test
  void ifMatchWithAnotherEtagIsPreconditionFailed() {
    fixture.put("docs", "a.txt", "old");

    var stored = put("new", ifMatch("\"00000000000000000000000000000000\""));

    assertThat(stored.failure().status()).isEqualTo(412);
    assertThat(stored.failure().details()).containsEntry("Condition", "If-Match");
    assertThat(fixture.read("docs", "a.txt")).isEqualTo("old");
    assertThat(fixture.blobs.blobIds()).hasSize(1);
  }

  @Test
  void ifMatchOnAMissingKeyIsNoSuchKey() {
    var stored = put("new", ifMatch("\"00000000000000000000000000000000\""));

    assertThat(stored.failure().code()).isEqualTo("NoSuchKey");
    assertThat(stored.failure().status()).isEqualTo(404);
    assertThat(stored.failure().details()).containsEntry("Key", "a.txt");
    assertThat(fixture.blobs.fileCount()).isZero();
  }

  @Test
  void aKeyCreatedWhileTheBodyStreamedFailsIfNoneMatchAtCommit() {
    var racing =
        new java.io.InputStream() {
          private final java.io.InputStream bytes = new java.io.ByteArrayInputStream(bytes("mine"));

          @Override
          public int read() throws java.io.IOException {
            int b = bytes.read();
            if (b < 0 && fixture.catalog.findObject("docs", "a.txt").isEmpty()) {
              fixture.put("docs", "a.txt", "theirs");
            }
            return b;
          }
        };

    var stored =
        fixture.put(
            new dev.sluice.core.objects.PutObjectInput(
                "docs",
                "a.txt",
                racing,
                -1,
                dev.sluice.core.objects.ObjectAttributes.none(),
                ExpectedDigests.none(),
                ifNoneMatch("*"),
                ObjectStoreFixture.context()));

    assertThat(stored.failure().status()).isEqualTo(412);
    assertThat(fixture.read("docs", "a.txt")).isEqualTo("theirs");
    assertThat(fixture.blobs.blobIds()).hasSize(1);
  }

  @Test
  void ifNoneMatchWithAnEtagIsNotImplemented() {
    var stored = put("new", ifNoneMatch("\"abc\""));

    assertThat(stored.failure().code()).isEqualTo("NotImplemented");
    assertThat(stored.failure().status()).isEqualTo(501);
  }
}
