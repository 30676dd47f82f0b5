package dev.sluice.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.functions.CodeBundle;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodeCacheTest {

  @TempDir Path work;

  @Test
  void unpacksABundleOncePerDigest() throws IOException {
    var opened = new AtomicInteger();
    var bytes = zip(Map.of("index.js", "exports.handler = 1;", "lib/a.js", "a"));
    var bundle =
        new CodeBundle(
            digest('1'),
            bytes.length,
            () -> {
              opened.incrementAndGet();
              return new ByteArrayInputStream(bytes);
            });
    var cache = new CodeCache(work);

    var first = cache.code(bundle).value();
    var second = cache.code(bundle).value();

    assertThat(second).isEqualTo(first).isEqualTo(work.resolve("code").resolve(digest('1')));
    assertThat(Files.readString(first.resolve("lib/a.js"))).isEqualTo("a");
    assertThat(opened).hasValue(1);
    assertThat(work.resolve("staging")).isEmptyDirectory();
  }

  @Test
  void refusesAnEntryThatEscapesTheCodeDirectory() throws IOException {
    var cache = new CodeCache(work);
    var result = cache.code(bundle('2', zip(Map.of("../escaped.txt", "x"))));

    assertThat(result.isOk()).isFalse();
    assertThat(result.failure().code()).isEqualTo("InvalidZipFileException");
    assertThat(result.failure().message())
        .isEqualTo("Zip entry escapes the code directory: ../escaped.txt");
    assertThat(work.resolve("code/escaped.txt")).doesNotExist();
    assertThat(work.resolve("code").resolve(digest('2'))).doesNotExist();
  }

  @Test
  void stopsUnpackingAtTheUnzippedSizeLimit(@TempDir Path target) throws IOException {
    var zip = work.resolve("bomb.zip");
    Files.write(zip, zip(Map.of("a.bin", "0".repeat(3000), "b.bin", "0".repeat(3000))));

    var result = new ZipExtractor(5000).extract(zip, target);

    assertThat(result.isOk()).isFalse();
    assertThat(result.failure().message())
        .isEqualTo("Unzipped size must be smaller than 5000 bytes");
  }

  @Test
  void refusesBytesThatAreNoZip() {
    var result =
        new CodeCache(work).code(bundle('3', "not a zip".getBytes(StandardCharsets.UTF_8)));

    assertThat(result.isOk()).isFalse();
    assertThat(result.failure().code()).isEqualTo("InvalidZipFileException");
  }

  @Test
  void mergesLayersInOrderWithLaterLayersWinning() throws IOException {
    var first = bundle('4', zip(Map.of("python/shared.py", "first", "bin/tool", "one")));
    var second = bundle('5', zip(Map.of("python/shared.py", "second")));

    var opt = new CodeCache(work).layers(List.of(first, second)).value();

    assertThat(Files.readString(opt.resolve("python/shared.py"))).isEqualTo("second");
    assertThat(Files.readString(opt.resolve("bin/tool"))).isEqualTo("one");
    assertThat(new CodeCache(work).layers(List.of()).value()).isNull();
  }

  static CodeBundle bundle(char digit, byte[] bytes) {
    return new CodeBundle(digest(digit), bytes.length, () -> new ByteArrayInputStream(bytes));
  }

  static String digest(char digit) {
    return String.valueOf(digit).repeat(64);
  }

  static byte[] zip(Map<String, String> files) throws IOException {
    var bytes = new ByteArrayOutputStream();
    try (var zip = new ZipOutputStream(bytes)) {
      for (var file : files.entrySet()) {
        zip.putNextEntry(new ZipEntry(file.getKey()));
        zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }
}
