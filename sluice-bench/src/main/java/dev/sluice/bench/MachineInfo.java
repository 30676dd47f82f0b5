package dev.sluice.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the numbers were measured on: cores, memory, disk, JDK, and how busy the machine was. */
final class MachineInfo {
  private MachineInfo() {}

  static String describe(Path workDir) {
    return String.join(
        "\n",
        "- cores: " + Runtime.getRuntime().availableProcessors(),
        "- memory: " + firstLine("/proc/meminfo", "MemTotal:"),
        "- disk: " + disk(workDir),
        "- JDK: "
            + System.getProperty("java.vm.vendor")
            + " "
            + System.getProperty("java.vm.name")
            + " "
            + Runtime.version(),
        "- OS: " + System.getProperty("os.name") + " " + System.getProperty("os.version"),
        "- load average at start (1, 5, 15 min): " + loadAverage());
  }

  /** The 1, 5 and 15 minute load averages from {@code /proc/loadavg}. */
  static String loadAverage() {
    try {
      var fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return fields[0] + ", " + fields[1] + ", " + fields[2];
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }

  private static String disk(Path workDir) {
    try {
      var store = Files.getFileStore(workDir);
      long gib = store.getTotalSpace() >> 30;
      return store.name() + " (" + store.type() + ", " + gib + " GiB) holding " + workDir;
    } catch (IOException e) {
      return "unknown";
    }
  }

  private static String firstLine(String file, String prefix) {
    try {
      return Files.readAllLines(Path.of(file)).stream()
          .filter(l -> l.startsWith(prefix))
          .map(l -> l.substring(prefix.length()).trim())
          .findFirst()
          .orElse("unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }
}
