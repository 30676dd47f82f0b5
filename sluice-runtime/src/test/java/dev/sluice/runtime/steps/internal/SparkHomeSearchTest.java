package dev.sluice.runtime.steps.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SparkHomeSearchTest {

  @TempDir Path temp;
  private Path checkout;
  private Path sparkJar;
  private Path dependency;

  @BeforeEach
  void aCheckoutWithSparksBuildOutput() throws IOException {
    checkout = temp.resolve("sluice");
    var target = Files.createDirectories(checkout.resolve("sluice-spark/target"));
    Files.createDirectories(checkout.resolve("sluice-server/target"));
    sparkJar = Files.writeString(target.resolve("sluice-spark.jar"), "jar");
    dependency = Files.writeString(temp.resolve("spark-core.jar"), "jar");
    var other = Files.writeString(temp.resolve("scala-library.jar"), "jar");
    Files.writeString(target.resolve("spark-classpath.txt"), dependency + ":" + other + "\n");
  }

  @Test
  void findsTheBuildOutputAboveAStartDirectory() {
    var found =
        SparkHomeSearch.search(null, "", List.of(temp, checkout.resolve("sluice-server/target")));

    assertThat(found.value())
        .containsExactly(sparkJar, dependency, temp.resolve("scala-library.jar"));
  }

  @Test
  void theSystemPropertyWinsOverTheVariableAndTheVariableOverTheSearch() throws IOException {
    var elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
    Files.writeString(elsewhere.resolve("sluice-spark.jar"), "jar");
    Files.writeString(elsewhere.resolve("spark-classpath.txt"), dependency.toString());
    var target = checkout.resolve("sluice-spark/target").toString();

    assertThat(SparkHomeSearch.search(elsewhere.toString(), target, List.of(checkout)).value())
        .containsExactly(elsewhere.resolve("sluice-spark.jar"), dependency);
    assertThat(SparkHomeSearch.search(null, elsewhere.toString(), List.of(checkout)).value())
        .containsExactly(elsewhere.resolve("sluice-spark.jar"), dependency);
  }

  @Test
  void saysHowToBuildWhatIsMissing() {
    var failure = SparkHomeSearch.search(null, null, List.of(temp)).failure();

    assertThat(failure.code()).isEqualTo("SparkNotFound");
    assertThat(failure.message())
        .contains(
            "./mvnw -pl sluice-spark -am package", "-Dsluice.spark.home", "SLUICE_SPARK_HOME");
    assertThat(SparkHomeSearch.search(temp.toString(), null, List.of()).failure().message())
        .isEqualTo(temp + " does not hold sluice-spark.jar and spark-classpath.txt");
  }

  @Test
  void refusesAClasspathNamingAMissingJar() throws IOException {
    Files.delete(dependency);

    assertThat(SparkHomeSearch.search(null, null, List.of(checkout)).failure().message())
        .endsWith("names a missing jar: " + dependency);
  }
}
