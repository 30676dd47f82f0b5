package dev.sluice.core.objects.internal;

import static dev.sluice.core.objects.internal.ObjectStoreFixture.bytes;
import static dev.sluice.core.objects.internal.ObjectStoreFixture.input;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.objects.ExpectedDigests;
import dev.sluice.core.objects.ObjectAttributes;
import dev.sluice.core.objects.ObjectLimits;
import dev.sluice.core.objects.Preconditions;
import dev.sluice.core.objects.PutObjectInput;
import dev.sluice.core.result.Failure;
import dev.sluice.core.result.RejectedInput;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PutObjectBodyTest {

  @TempDir Path dir;
  ObjectStoreFixture fixture;

  @BeforeEach
  void setUp() {
    fixture = new ObjectStoreFixture(dir, new ObjectLimits(100, 10, 10_000, 1024));
    fixture.bucket("docs");
  }

  private static PutObjectInput streamed(String key, InputStream body, long length) {
    return new PutObjectInput(
        "docs",
        key,
        body,
        length,
        ObjectAttributes.none(),
        ExpectedDigests.none(),
        Preconditions.none(),
        ObjectStoreFixture.context());
  }

  private void assertNothingStored(String key) {
    assertThat(fixture.catalog.findObject("docs", key)).isEmpty();
    assertThat(fixture.blobs.fileCount()).isZero();
  }

  @Test
  void storesTheBytesAndTheAttributes() {
    var attributes =
        new ObjectAttributes(
            "text/plain", null, null, null, "max-age=60", null, null, null, Map.of("a", "b"));
    var body = bytes("some text");
    var stored =
        fixture.put(
            new PutObjectInput(
                "docs",
                "a.txt",
                new ByteArrayInputStream(body),
                body.length,
                attributes,
                ExpectedDigests.none(),
                Preconditions.none(),
                ObjectStoreFixture.context()));

    assertThat(stored.value().attributes()).isEqualTo(attributes);
    assertThat(stored.value().lastModified()).isEqualTo(ObjectStoreFixture.START);
    assertThat(stored.value().partsCount()).isZero();
    assertThat(fixture.catalog.findObject("docs", "a.txt")).contains(stored.value());
    assertThat(fixture.read("docs", "a.txt")).isEqualTo("some text");
  }

  @Test
  void aBodyShorterThanItsContentLengthIsIncompleteBody() {
    var stored = fixture.put(streamed("short.txt", new ByteArrayInputStream(bytes("abc")), 10));

    assertThat(stored.failure())
        .isEqualTo(
            Failure.of(
                "IncompleteBody",
                400,
                "You did not provide the number of bytes specified by the Content-Length HTTP"
                    + " header"));
    assertNothingStored("short.txt");
  }

  @Test
  void aBodyThatRejectsItsBytesAnswersWithTheBodysFailure() {
    var failure = Failure.of("SignatureDoesNotMatch", 403, "chunk signature mismatch");
    InputStream rejecting =
        new InputStream() {
          private int sent;

          @Override
          public int read() throws IOException {
            if (sent++ < 5) {
              return 'x';
            }
            throw new RejectedInput(failure);
          }
        };

    var stored = fixture.put(streamed("bad.txt", rejecting, 20));

    assertThat(stored.failure()).isEqualTo(failure);
    assertNothingStored("bad.txt");
  }

  @Test
  void aBrokenBodyIsIncompleteBody() {
    InputStream broken =
        new InputStream() {
          @Override
          public int read() throws IOException {
            throw new IOException("connection reset");
          }
        };

    var stored = fixture.put(streamed("broken.txt", broken, 20));

    assertThat(stored.failure().code()).isEqualTo("IncompleteBody");
    assertNothingStored("broken.txt");
  }

  @Test
  void aDeclaredLengthOverTheLimitIsEntityTooLargeBeforeAnyByteIsRead() {
    var body = new ByteArrayInputStream(new byte[101]);

    var stored = fixture.put(streamed("big.bin", body, 101));

    assertThat(stored.failure().code()).isEqualTo("EntityTooLarge");
    assertThat(stored.failure().status()).isEqualTo(400);
    assertThat(stored.failure().message())
        .isEqualTo("Your proposed upload exceeds the maximum allowed size");
    assertThat(stored.failure().details())
        .containsEntry("ProposedSize", "101")
        .containsEntry("MaxSizeAllowed", "100");
    assertThat(body.available()).isEqualTo(101);
    assertNothingStored("big.bin");
  }

  @Test
  void anUndeclaredBodyGrowingOverTheLimitIsEntityTooLarge() {
    var stored = fixture.put(streamed("big.bin", new ByteArrayInputStream(new byte[150]), -1));

    assertThat(stored.failure().code()).isEqualTo("EntityTooLarge");
    assertNothingStored("big.bin");
  }

  @Test
  void anUndeclaredBodyWithinTheLimitIsStored() {
    var stored = fixture.put(streamed("ok.bin", new ByteArrayInputStream(new byte[100]), -1));

    assertThat(stored.value().size()).isEqualTo(100);
  }

  @Test
  void aKeyLongerThan1024BytesIsKeyTooLongError() {
    String key = "é".repeat(513);

    var stored = fixture.put(input("docs", key, bytes("x"), ExpectedDigests.none()));

    assertThat(stored.failure().code()).isEqualTo("KeyTooLongError");
    assertThat(stored.failure().status()).isEqualTo(400);
    assertThat(stored.failure().message()).isEqualTo("Your key is too long");
    assertThat(stored.failure().details())
        .containsEntry("Size", "1026")
        .containsEntry("MaxSizeAllowed", "1024");
    assertNothingStored(key);
  }

  @Test
  void aKeyOfExactly1024BytesIsAccepted() {
    var stored = fixture.put(input("docs", "k".repeat(1024), bytes("x"), ExpectedDigests.none()));

    assertThat(stored.isOk()).isTrue();
  }

  @Test
  void putIntoAMissingBucketIsNoSuchBucket() {
    var stored = fixture.put(input("nothing-here", "a", bytes("x"), ExpectedDigests.none()));

    assertThat(stored.failure().code()).isEqualTo("NoSuchBucket");
    assertThat(stored.failure().details()).containsEntry("BucketName", "nothing-here");
    assertThat(fixture.blobs.fileCount()).isZero();
  }

  @Test
  void overwritingAKeyDeletesTheReplacedBlob() {
    var first = fixture.put("docs", "a.txt", "first");

    var second = fixture.put("docs", "a.txt", "second");

    assertThat(fixture.blobs.blobIds()).containsExactly(second.blobId());
    assertThat(first.blobId()).isNotEqualTo(second.blobId());
    assertThat(fixture.read("docs", "a.txt")).isEqualTo("second");
  }
}
