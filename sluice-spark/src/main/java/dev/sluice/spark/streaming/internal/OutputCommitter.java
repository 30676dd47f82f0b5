package dev.sluice.spark.streaming.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * The output directory's life, as Hadoop's FileOutputCommitter leaves it: tasks write under {@code
 * _temporary}; on success the parts move into place and {@code _SUCCESS} appears; on failure {@code
 * _temporary} is removed and the (empty) directory stays.
 */
public final class OutputCommitter {

  private final Path output;

  public OutputCommitter(Path output) {
    this.output = output;
  }

  public void setUp(JobPlan plan) throws IOException {
    Files.createDirectories(output);
    Files.createDirectories(Path.of(plan.attemptRoot()));
  }

  public void commit(List<PartResult> parts) throws IOException {
    for (PartResult part : parts) {
      Files.move(
          Path.of(part.file()), output.resolve(part.name()), StandardCopyOption.REPLACE_EXISTING);
    }
    deleteTemporary();
    Files.createFile(output.resolve("_SUCCESS"));
  }

  public void abort() throws IOException {
    deleteTemporary();
  }

  private void deleteTemporary() throws IOException {
    FileTree.delete(output.resolve("_temporary"));
  }
}
