package dev.sluice.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TrainAotCommandTest {

  private static Set<Path> trainingDirectories() throws IOException {
    try (var entries = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      return entries
          .filter(p -> p.getFileName().toString().startsWith("sluice-aot-training"))
          .collect(Collectors.toSet());
    }
  }

  @Test
  void servesEveryTrainingRequestThenRemovesItsDataDirectory() throws IOException {
    var before = trainingDirectories();

    int exitCode = SluiceCommand.commandLine(Map.of()).execute("train-aot");

    assertThat(exitCode).isZero();
    assertThat(trainingDirectories()).isSubsetOf(before);
  }

  @Test
  void isNotListedInTheHelp() {
    var usage = SluiceCommand.commandLine(Map.of()).getUsageMessage();

    assertThat(usage).contains("up").doesNotContain("train-aot");
  }
}
