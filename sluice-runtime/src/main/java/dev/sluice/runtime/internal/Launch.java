package dev.sluice.runtime.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** How to start an instance's process: its command, working directory and whole environment. */
record Launch(List<String> command, Path directory, Map<String, String> environment) {

  Launch {
    command = List.copyOf(command);
    environment = Map.copyOf(environment);
  }
}
