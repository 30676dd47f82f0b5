package dev.sluice.spark.streaming.internal.process;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns a command into the argv to execute in a task directory. The program is looked up in the
 * task directory first, then on PATH (as Hadoop streaming does). A {@code .py} program without a
 * {@code #!} line runs with {@code python3}; a program in the task directory that is not executable
 * runs with the interpreter its {@code #!} line names, or {@code /bin/sh}.
 */
public final class ProgramResolver {

  private ProgramResolver() {}

  public static List<String> argv(String command, Path taskDir) throws IOException {
    List<String> words = new ArrayList<>(CommandLine.split(command));
    if (words.isEmpty()) {
      throw new IOException("empty command");
    }
    Optional<Path> program = locate(words.getFirst(), taskDir);
    if (program.isEmpty()) {
      return words;
    }
    Path file = program.get();
    words.set(0, file.toString());
    Optional<String> shebang = shebang(file);
    if (file.getFileName().toString().endsWith(".py") && shebang.isEmpty()) {
      words.addFirst("python3");
    } else if (!Files.isExecutable(file)) {
      words.addAll(0, shebang.map(ProgramResolver::interpreter).orElse(List.of("/bin/sh")));
    }
    return words;
  }

  private static Optional<Path> locate(String program, Path taskDir) {
    Path path = Path.of(program);
    if (path.isAbsolute()) {
      return Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
    }
    Path local = taskDir.resolve(path).toAbsolutePath();
    if (Files.isRegularFile(local)) {
      return Optional.of(local);
    }
    if (program.contains("/")) {
      return Optional.empty();
    }
    String pathVariable = System.getenv().getOrDefault("PATH", "/usr/local/bin:/usr/bin:/bin");
    for (String dir : pathVariable.split(":")) {
      if (dir.isEmpty()) {
        continue;
      }
      Path candidate = Path.of(dir, program);
      if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  private static Optional<String> shebang(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(256);
      if (head.length < 2 || head[0] != '#' || head[1] != '!') {
        return Optional.empty();
      }
      String line = new String(head, 2, head.length - 2, StandardCharsets.UTF_8);
      int end = line.indexOf('\n');
      return Optional.of((end < 0 ? line : line.substring(0, end)).strip());
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** The interpreter and its one optional argument, as the kernel reads a {@code #!} line. */
  private static List<String> interpreter(String line) {
    int space = line.indexOf(' ');
    if (space < 0) {
      return List.of(line);
    }
    return List.of(line.substring(0, space), line.substring(space + 1).strip());
  }
}
