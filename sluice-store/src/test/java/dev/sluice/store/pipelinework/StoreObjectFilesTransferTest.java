package dev.sluice.store.pipelinework;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.pipelines.work.ObjectEntry;
import dev.sluice.core.pipelines.work.ObjectFile;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Downloads, uploads (with user metadata), full listings, deletes and copies through the object
 * service, failing with S3's codes.
 */
class StoreObjectFilesTransferTest extends ObjectFilesFixture {

  @Test
  void downloadsAnObjectReplacingTheTarget() throws IOException {
    bucket("bkt");
    put("bkt", "in/words.txt", "to be or not to be");
    var target = dataDir.resolve("words.txt");
    Files.writeString(target, "an older and longer content that must go");

    var file = ok(files.list(s3("s3://bkt/in/words.txt"))).get(0);
    ok(files.download(file, target));

    assertThat(Files.readString(target)).isEqualTo("to be or not to be");
  }

  @Test
  void downloadingAnObjectDeletedSinceItWasListedIsNoSuchKey() {
    bucket("bkt");
    fails(
        files.download(new ObjectFile("bkt", "gone", 3, null), dataDir.resolve("gone")),
        "NoSuchKey");
    fails(
        files.download(new ObjectFile("missing", "gone", 3, null), dataDir.resolve("gone")),
        "NoSuchBucket");
  }

  @Test
  void uploadsAFileWithItsWholeContent() throws IOException {
    bucket("bkt");
    byte[] bytes = new byte[300_000];
    new Random(3).nextBytes(bytes);
    var file = dataDir.resolve("big.bin");
    Files.write(file, bytes);
    var empty = Files.createFile(dataDir.resolve("empty"));

    ok(files.upload(file, s3("s3://bkt/out/big.bin")));
    ok(files.upload(empty, s3("s3://bkt/out/empty")));

    var listed = ok(files.list(s3("s3://bkt/out")));
    assertThat(listed).extracting(ObjectFile::size).containsExactly(300_000L, 0L);
    assertThat(Files.readAllBytes(listed.get(0).localPath())).isEqualTo(bytes);
    fails(files.upload(file, s3("s3://missing/out/big.bin")), "NoSuchBucket");
  }

  @Test
  void uploadsWithUserMetadataThatAFullListingReturnsAndDeletesObjects() throws IOException {
    bucket("bkt");
    var file = Files.writeString(dataDir.resolve("part"), "a\t1\n");
    put("bkt", "out/_temporary/0/part-00000", "hidden");
    put("bkt", "outer/part-00000", "beside");

    ok(files.upload(file, s3("s3://bkt/out/part-00000"), Map.of("sluice-writer", "df-1/@a_1")));
    var entries = ok(files.everythingUnder(s3("s3://bkt/out")));

    assertThat(entries)
        .extracting(ObjectEntry::key)
        .containsExactly("out/_temporary/0/part-00000", "out/part-00000");
    assertThat(entries.get(0).metadata()).isEmpty();
    assertThat(entries.get(1).metadata()).isEqualTo(Map.of("sluice-writer", "df-1/@a_1"));
    ok(files.delete(s3("s3://bkt/out/part-00000")));
    ok(files.delete(s3("s3://bkt/out/never-there")));
    assertThat(ok(files.everythingUnder(s3("s3://bkt/out/"))))
        .extracting(ObjectEntry::key)
        .containsExactly("out/_temporary/0/part-00000");
    fails(files.everythingUnder(s3("s3://missing/out")), "NoSuchBucket");
  }

  @Test
  void copiesAnObject() {
    bucket("bkt");
    bucket("cpy");
    put("bkt", "in/a.txt", "alpha");

    ok(files.copy(s3("s3://bkt/in/a.txt"), s3("s3://cpy/copy/a.txt")));

    assertThat(read("cpy", "copy/a.txt")).isEqualTo("alpha");
    fails(files.copy(s3("s3://bkt/in/none"), s3("s3://cpy/none")), "NoSuchKey");
  }
}
