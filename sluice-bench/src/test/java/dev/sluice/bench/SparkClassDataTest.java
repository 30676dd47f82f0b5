package dev.sluice.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SparkClassDataTest {
  @TempDir Path temp;

  @Test
  void prefersTheArchiveSharedBesideSluiceSparksJar() throws Exception {
    var shared = archive(temp.resolve("spark-home/class-data/spark-aaaa.jsa"));
    archive(temp.resolve("data/jobs/spark/class-data/spark-bbbb.jsa"));

    assertThat(SparkClassData.find(temp.resolve("spark-home"), temp.resolve("data")))
        .contains(shared);
  }

  @Test
  void fallsBackOnAnArchiveUnderTheDataDirectory() throws Exception {
    Files.createDirectories(temp.resolve("spark-home/class-data"));
    var kept = archive(temp.resolve("data/jobs/spark/class-data/spark-bbbb.jsa"));

    assertThat(SparkClassData.find(temp.resolve("spark-home"), temp.resolve("data")))
        .contains(kept);
  }

  @Test
  void findsNoneWhereNoSparkJvmRecordedOne() throws Exception {
    Files.createDirectories(temp.resolve("data/jobs/work"));

    assertThat(SparkClassData.find(temp.resolve("spark-home"), temp.resolve("data"))).isEmpty();
  }

  private static Path archive(Path file) throws Exception {
    Files.createDirectories(file.getParent());
    return Files.write(file, new byte[] {1});
  }
}
