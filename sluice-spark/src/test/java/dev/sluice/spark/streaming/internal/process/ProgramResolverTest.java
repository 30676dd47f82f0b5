package dev.sluice.spark.streaming.internal.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgramResolverTest {

  @TempDir Path dir;

  @Test
  void runsAPythonScriptWithoutShebangWithPython3() throws IOException {
    Path script = file("m.py", "print('x')\n", "rwxr-xr-x");
    assertThat(ProgramResolver.argv("m.py -a", dir))
        .containsExactly("python3", script.toString(), "-a");
  }

  @Test
  void runsANonExecutableScriptWithItsShebangInterpreter() throws IOException {
    Path script = file("m.sh", "#!/usr/bin/env bash\necho\n", "rw-r--r--");
    assertThat(ProgramResolver.argv("m.sh", dir))
        .containsExactly("/usr/bin/env", "bash", script.toString());
  }

  @Test
  void runsAnExecutableScriptItself() throws IOException {
    Path script = file("m.py", "#!/usr/bin/env python3\nprint(1)\n", "rwxr-xr-x");
    assertThat(ProgramResolver.argv("m.py", dir)).containsExactly(script.toString());
  }

  @Test
  void looksInTheTaskDirectoryBeforePath() throws IOException {
    Path local = file("cat", "#!/bin/sh\n", "rwxr-xr-x");
    assertThat(ProgramResolver.argv("cat -n", dir)).containsExactly(local.toString(), "-n");
    Files.delete(local);
    assertThat(ProgramResolver.argv("cat -n", dir).getFirst())
        .endsWith("/cat")
        .isNotEqualTo(local.toString());
  }

  @Test
  void leavesAnUnknownProgramForTheSystemToReport() throws IOException {
    assertThat(ProgramResolver.argv("no-such-program x", dir))
        .containsExactly("no-such-program", "x");
  }

  private Path file(String name, String content, String permissions) throws IOException {
    Path file = Files.writeString(dir.resolve(name), content);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(permissions));
    return file;
  }
}
