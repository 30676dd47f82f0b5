package dev.sluice.bench;

import java.lang.management.ManagementFactory;

/** The CPU time this JVM has used, all threads together. */
final class ProcessCpu {
  private ProcessCpu() {}

  static long nanos() {
    if (ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime();
    }
    return -1;
  }
}
