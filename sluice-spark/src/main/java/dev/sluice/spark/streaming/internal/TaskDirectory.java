package dev.sluice.spark.streaming.internal;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

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
    delete(dir);
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
    delete(dir);
  }

  private static void delete(Path dir) throws IOException {
    if (!Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    Files.walkFileTree(
        dir,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            Files.delete(file);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
            Files.delete(d);
            return FileVisitResult.CONTINUE;
          }
        });
  }
}
