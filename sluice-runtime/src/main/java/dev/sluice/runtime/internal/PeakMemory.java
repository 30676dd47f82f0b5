package dev.sluice.runtime.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A process's peak resident memory (VmHWM in {@code /proc/<pid>/status}), for REPORT lines. */
final class PeakMemory {

  private PeakMemory() {}

  /** Megabytes, rounded up; 0 when the process is gone or the system has no {@code /proc}. */
  static long megabytes(long pid) {
    try {
      for (var line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
        if (line.startsWith("VmHWM:")) {
          var kilobytes = Long.parseLong(line.substring(6).replace("kB", "").trim());
          return (kilobytes + 1023) / 1024;
        }
      }
      return 0;
    } catch (IOException | NumberFormatException e) {
      return 0;
    }
  }
}
