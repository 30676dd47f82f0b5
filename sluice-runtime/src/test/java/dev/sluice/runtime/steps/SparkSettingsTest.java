package dev.sluice.runtime.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sluice.core.time.Clock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SparkSettingsTest {

  private static SparkSettings settings(String master, String memory) {
    return new SparkSettings(
        Path.of("/jdk"),
        List.of(Path.of("/x.jar")),
        master,
        memory,
        Path.of("/work"),
        (g, s, e) -> {},
        Clock.system());
  }

  @Test
  void acceptsLocalAndStandaloneMasters() {
    for (var master :
        List.of(
            "local",
            "local[4]",
            "local[*]",
            "local[2,3]",
            "spark://127.0.0.1:7077",
            "spark://a:7077,b:7077")) {
      assertThat(settings(master, "1g").master()).isEqualTo(master);
    }
    assertThat(settings("local[3]", "1g").localMaster()).isTrue();
    assertThat(settings("spark://h:7077", "1g").localMaster()).isFalse();
    assertThat(SparkSettings.defaultMaster())
        .isEqualTo("local[" + Runtime.getRuntime().availableProcessors() + "]");
  }

  @Test
  void refusesOtherMasters() {
    for (var master : List.of("yarn", "local[x]", "spark://nohost", "k8s://h:443")) {
      assertThatThrownBy(() -> settings(master, "1g"))
          .hasMessage("not a Spark master Sluice can use: " + master);
    }
  }

  @Test
  void needsAtLeast512mForTheDriver() {
    assertThat(settings("local", "512m").heapOption()).isEqualTo("-Xmx512m");
    assertThat(settings("local", "2G").heapOption()).isEqualTo("-Xmx2048m");
    assertThat(settings("local", "1gb").heapOption()).isEqualTo("-Xmx1024m");
    assertThatThrownBy(() -> settings("local", "511m"))
        .hasMessage("Spark needs at least 512m, not 511m");
    assertThatThrownBy(() -> settings("local", "lots")).hasMessage("not a memory size: lots");
  }

  @Test
  void keepsTheClassDataArchiveUnderTheWorkRootUnlessTurnedOff() {
    var settings = settings("local", "1g");

    assertThat(settings.classDataDir()).isEqualTo(Path.of("/work/class-data"));
    assertThat(settings.withoutClassData().classDataDir()).isNull();
    assertThat(settings.withMaster("local[1]").withDriverMemory("2g").classDataDir())
        .isEqualTo(Path.of("/work/class-data"));
  }

  @Test
  void sharesTheClassDataArchiveBesideSluiceSparkWhereItCanWriteThere(@TempDir Path temp)
      throws IOException {
    var home = Files.createDirectories(temp.resolve("sluice-spark"));
    var work = temp.resolve("work");

    assertThat(SparkSettings.sharedClassDataDir(List.of(home.resolve("sluice-spark.jar")), work))
        .isEqualTo(home.resolve("class-data"));
    assertThat(
            SparkSettings.sharedClassDataDir(
                List.of(temp.resolve("gone").resolve("sluice-spark.jar")), work))
        .isEqualTo(work.resolve("class-data"));
  }
}
