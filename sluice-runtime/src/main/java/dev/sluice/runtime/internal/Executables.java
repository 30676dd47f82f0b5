package dev.sluice.runtime.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The interpreters on this machine, found once: {@code node} on PATH, and the real executable
 * behind {@code python3} on PATH (a version manager's shim would need variables an instance does
 * not have).
 */
final class Executables {

  private String node;
  private String python;

  synchronized String node() {
    if (node == null) {
      node = onPath("node");
    }
    return node;
  }

  synchronized String python() {
    if (python == null) {
      python = realPython(onPath("python3"));
    }
    return python;
  }

  private static String onPath(String name) {
    var path = System.getenv().getOrDefault("PATH", "/usr/local/bin:/usr/bin:/bin");
    for (var directory : path.split(":")) {
      if (!directory.isEmpty()) {
        var candidate = Path.of(directory, name);
        if (Files.isExecutable(candidate)) {
          return candidate.toString();
        }
      }
    }
    return name;
  }

  private static String realPython(String python3) {
    try {
      var process =
          new ProcessBuilder(python3, "-c", "import sys; print(sys.executable)")
              .redirectErrorStream(true)
              .start();
      process.getOutputStream().close();
      var finished = process.waitFor(10, TimeUnit.SECONDS);
      var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      var executable = output.strip();
      if (finished && process.exitValue() == 0 && Files.isExecutable(Path.of(executable))) {
        return executable;
      }
      process.destroyForcibly();
      return python3;
    } catch (IOException e) {
      return python3;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return python3;
    }
  }
}
