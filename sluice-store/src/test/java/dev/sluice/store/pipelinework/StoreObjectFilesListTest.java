package dev.sluice.store.pipelinework;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.pipelines.work.ObjectFile;
import dev.sluice.core.pipelines.work.internal.StoreObjectFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;

/** Listing a location as Hadoop reads it: the object itself, else a directory's visible files. */
class StoreObjectFilesListTest extends ObjectFilesFixture {

  @Test
  void listsTheObjectAtTheKeyReadableInPlace() throws IOException {
    bucket("bkt");
    put("bkt", "in/words.txt", "to be or not");
    put("bkt", "in/words.txt.bak", "old");

    var listed = ok(files.list(s3("s3://bkt/in/words.txt")));

    assertThat(listed)
        .extracting(ObjectFile::key, ObjectFile::size)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("in/words.txt", 12L));
    assertThat(Files.readString(listed.get(0).localPath())).isEqualTo("to be or not");
  }

  @Test
  void listsEveryFileUnderADirectoryInKeyOrder() {
    bucket("bkt");
    put("bkt", "in/b.txt", "2");
    put("bkt", "in/a.txt", "1");
    put("bkt", "in/sub/c.txt", "3");
    put("bkt", "input/other.txt", "not under in/");
    put("bkt", "in.txt", "not under in/");

    assertThat(ok(files.list(s3("s3n://bkt/in"))))
        .extracting(ObjectFile::key)
        .containsExactly("in/a.txt", "in/b.txt", "in/sub/c.txt");
    assertThat(ok(files.list(s3("s3a://bkt/in/"))))
        .extracting(ObjectFile::key)
        .containsExactly("in/a.txt", "in/b.txt", "in/sub/c.txt");
    assertThat(ok(files.list(s3("s3://bkt/")))).hasSize(5);
  }

  @Test
  void leavesOutDirectoryMarkersAndWhatHadoopHides() {
    bucket("bkt");
    for (String key :
        new String[] {
          "out/",
          "out_$folder$",
          "out/sub/",
          "out/sub_$folder$",
          "out/_SUCCESS",
          "out/.part.crc",
          "out/_temporary/0/part-00000",
          "out/.staging/x",
          "out/part-00000",
          "out/sub/part-00001"
        }) {
      put("bkt", key, "x");
    }

    assertThat(ok(files.list(s3("s3://bkt/out"))))
        .extracting(ObjectFile::key)
        .containsExactly("out/part-00000", "out/sub/part-00001");
  }

  @Test
  void readsEveryPageOfADirectory() {
    bucket("bkt");
    var expected = new ArrayList<String>();
    for (int i = 0; i < 7; i++) {
      String key = "big/part-0000" + i;
      put("bkt", key, "");
      expected.add(key);
    }
    put("bkt", "big/_SUCCESS", "");
    var paged = new StoreObjectFiles(service, store.blobs(), CONTEXT, 2);

    assertThat(ok(paged.list(s3("s3://bkt/big")))).extracting(ObjectFile::key).isEqualTo(expected);
  }

  @Test
  void answersNothingWhereNothingIsAndNoSuchBucketForAMissingBucket() {
    bucket("bkt");

    assertThat(ok(files.list(s3("s3://bkt/nothing")))).isEmpty();
    fails(files.list(s3("s3://missing/x")), "NoSuchBucket");
    fails(files.list(s3("s3://missing/x/")), "NoSuchBucket");
  }
}
