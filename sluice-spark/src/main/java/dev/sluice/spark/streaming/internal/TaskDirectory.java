package dev.sluice.spark.streaming.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A task attempt's working directory: the job's files linked in by name (copied where links cannot
 * be made) and a {@code tmp} directory. Removing it never follows the links.
 */
final class TaskDirectory implements AutoCloseable {

  private final Path dir;

  private TaskDirectory(Path dir) {
    this.dir = dir;
  }

  static TaskDirectory create(JobPlan plan, TaskIds ids) throws IOException {
    return create(plan, ids.attemptId());
  }

  /** A directory named {@code name} under the job's task root. */
  static TaskDirectory create(JobPlan plan, String name) throws IOException {
    Path dir = Path.of(plan.taskRoot(), name);
    FileTree.delete(dir);
    Files.createDirectories(dir.resolve("tmp"));
    for (TaskFile file : plan.files()) {
      Path link = dir.resolve(file.name());
      Path source = Path.of(file.source()).toAbsolutePath();
      if (Files.exists(link, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
        continue;
      }
      Files.createDirectories(link.getParent());
      try {
        Files.createSymbolicLink(link, source);
      } catch (IOException | UnsupportedOperationException e) {
        Files.copy(source, link, StandardCopyOption.COPY_ATTRIBUTES);
      }
    }
    return new TaskDirectory(dir);
  }

  Path path() {
    return dir;
  }

  Path tmp() {
    return dir.resolve("tmp");
  }

  @Override
  public void close() throws IOException {
    FileTree.delete(dir);
  }
}
