package dev.sluice.runtime.jobs.internal;

import dev.sluice.core.result.Result;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What a Python job needs beside its script: Sluice's awsglue library and the run's {@code
 * --extra-py-files} (fetched: {@code .py} files are found through their directory, archives
 * themselves), all on {@code PYTHONPATH}. {@code --additional-python-modules} are not installed:
 * the job uses the packages installed for its Python, and a line in its log says so.
 *
 * @param library Sluice's Python files
 * @param extraFiles the fetched {@code --extra-py-files}
 */
public record PythonSetup(GluePythonLibrary.Installed library, List<Path> extraFiles) {

  public static Result<PythonSetup> prepare(JobWork work, GluePythonLibrary.Installed library) {
    var modules = work.arguments().value("--additional-python-modules");
    modules.ifPresent(
        names ->
            work.log()
                .note(
                    "Sluice: --additional-python-modules is not installed ("
                        + names
                        + "): the job uses the packages installed for "
                        + work.settings().python()));
    return work.fetchAll(work.arguments().list("--extra-py-files"))
        .map(files -> new PythonSetup(library, files));
  }

  /** The library, then each extra file's place. */
  public List<Path> pythonPath() {
    var path = new ArrayList<Path>(List.of(library.lib()));
    for (var file : extraFiles) {
      var entry = file.toString().endsWith(".py") ? file.getParent() : file;
      if (!path.contains(entry)) {
        path.add(entry);
      }
    }
    return path;
  }
}
