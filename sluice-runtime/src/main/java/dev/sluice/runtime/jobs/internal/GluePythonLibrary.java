package dev.sluice.runtime.jobs.internal;

import dev.sluice.core.result.Result;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Sluice's Python files for jobs (resources of this module), written out once: the {@code awsglue}
 * package under {@code lib/} (for {@code PYTHONPATH}) and as {@code awsglue.zip} (for PySpark's
 * {@code --py-files}), and the guard every Python job process runs under ({@code
 * sluice_job_guard.py}: it stops the job's processes once Sluice is gone).
 */
public final class GluePythonLibrary {

  private static final String RESOURCES = "/dev/sluice/runtime/jobs/python/";
  private static final String GUARD = "sluice_job_guard.py";
  private static final List<String> PACKAGE =
      List.of(
          "awsglue/__init__.py",
          "awsglue/utils.py",
          "awsglue/context.py",
          "awsglue/job.py",
          "awsglue/transforms/__init__.py");

  /** Where the files are. */
  public record Installed(Path lib, Path zip, Path guard) {

    /** {@code command} run under the guard, with {@code python}, for the Sluice of this JVM. */
    public List<String> guarded(String python, List<String> command) {
      var guardedCommand = new ArrayList<String>();
      guardedCommand.add(python);
      guardedCommand.add(guard.toString());
      guardedCommand.add(Long.toString(ProcessHandle.current().pid()));
      guardedCommand.addAll(command);
      return guardedCommand;
    }
  }

  private final Path root;
  private Installed installed;

  public GluePythonLibrary(Path root) {
    this.root = root;
  }

  /** The files, written on the first call (replacing older ones). */
  public synchronized Result<Installed> install() {
    if (installed == null) {
      try {
        installed = write();
      } catch (IOException e) {
        return StartFailure.err(
            "Cannot write Sluice's awsglue library into " + root + ": " + e.getMessage());
      }
    }
    return Result.ok(installed);
  }

  private Installed write() throws IOException {
    var lib = root.resolve("lib");
    for (var file : PACKAGE) {
      copy(file, lib.resolve(file));
    }
    var guard = root.resolve(GUARD);
    copy(GUARD, guard);
    var zip = root.resolve("awsglue.zip");
    var temp = temporary(zip);
    try (var out = new ZipOutputStream(Files.newOutputStream(temp))) {
      for (var file : PACKAGE) {
        out.putNextEntry(new ZipEntry(file));
        Files.copy(lib.resolve(file), out);
        out.closeEntry();
      }
    }
    replace(temp, zip);
    return new Installed(lib, zip, guard);
  }

  private static void copy(String resource, Path target) throws IOException {
    var temp = temporary(target);
    try (InputStream in = GluePythonLibrary.class.getResourceAsStream(RESOURCES + resource)) {
      if (in == null) {
        throw new IllegalStateException("resource missing: " + RESOURCES + resource);
      }
      Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
    }
    replace(temp, target);
  }

  private static Path temporary(Path target) throws IOException {
    return Files.createTempFile(Files.createDirectories(target.getParent()), ".writing", ".tmp");
  }

  private static void replace(Path temp, Path target) throws IOException {
    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
