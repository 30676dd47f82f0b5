package dev.sluice.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The Python mapper alone over the corpus, its output discarded: the files dealt round-robin to one
 * {@code cat ... | python3 mapper > /dev/null} pipeline per core, all at once. Its wall time is the
 * floor of any streaming run of this mapper on this machine; its CPU time what the mapper costs.
 */
final class MapperFloor {
  private MapperFloor() {}

  static ChildRun run(List<Path> files, Path mapper, int processes, Path runDir) throws Exception {
    var script = new StringBuilder();
    for (int p = 0; p < processes; p++) {
      var group = new ArrayList<String>();
      for (int i = p; i < files.size(); i += processes) {
        group.add(quote(files.get(i).toString()));
      }
      if (!group.isEmpty()) {
        script.append("cat ").append(String.join(" ", group));
        script.append(" | python3 ").append(quote(mapper.toString())).append(" > /dev/null & ");
      }
    }
    script.append("wait");
    return ChildRun.run(
            List.of("bash", "-c", script.toString()),
            runDir,
            Map.of(),
            runDir.resolve("mapper-floor.log"),
            Duration.ofMinutes(30))
        .requireSuccess("The mapper alone");
  }

  private static String quote(String path) {
    return "'" + path.replace("'", "'\\''") + "'";
  }
}
