package dev.sluice.spark.streaming;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a task's program finds: its files, {@code -cmdenv} and Hadoop's task variables. */
class TaskFilesTest {

  @TempDir Path dir;

  @Test
  void shippedFilesAreInTheTasksWorkingDirectoryByName() {
    Step step = Step.in(dir).input("in.txt", "x\n").reducer("NONE").conf("mapreduce.job.maps", "1");
    Path lookup = step.write("data/lookup.txt", "from the side file");
    Path renamed = step.write("data/original-name.txt", "from the cache file");
    Path mapper =
        step.script(
            "side.sh",
            "#!/bin/sh\ncat > /dev/null\ncat lookup.txt\necho\ncat linked\necho\n",
            false);
    step.mapper("side.sh").file(mapper).file(lookup).cacheFile(renamed, "linked");

    JobResult result = step.run();

    assertThat(result.succeeded()).as(result.message()).isTrue();
    assertThat(step.part(0)).containsExactly("from the side file\t", "from the cache file\t");
  }

  @Test
  void cmdenvAndTaskVariablesAreInTheEnvironment() {
    Step step =
        Step.in(dir)
            .input("in.txt", "x\n")
            .reducer("NONE")
            .conf("mapreduce.job.maps", "1")
            .conf("my.setting", "on")
            .cmdenv("GREETING", "hello there");
    Path mapper =
        step.script(
            "env.sh",
            "#!/bin/sh\ncat > /dev/null\n"
                + "echo \"greeting\t$GREETING\"\n"
                + "echo \"input\t$mapreduce_map_input_file\"\n"
                + "echo \"setting\t$my_setting\"\n"
                + "echo \"ismap\t$mapreduce_task_ismap\"\n"
                + "echo \"tmp\t$TMPDIR\"\n",
            true);
    step.mapper("env.sh").file(mapper);

    step.run();

    assertThat(step.part(0))
        .contains(
            "greeting\thello there",
            "input\tfile:" + dir.resolve("in.txt"),
            "setting\ton",
            "ismap\ttrue")
        .anySatisfy(line -> assertThat(line).startsWith("tmp\t" + dir.resolve("work/tasks")));
  }

  @Test
  void aPythonScriptWithoutShebangOrExecutableBitRunsWithPython3() {
    Step step = Step.in(dir).input("in.txt", "one two\n").reducer("aggregate");
    Path mapper =
        step.script(
            "split.py",
            "import sys\nfor line in sys.stdin:\n    for w in line.split():\n        print('LongValueSum:' + w + '\\t1')\n",
            false);
    step.mapper("split.py").file(mapper);

    JobResult result = step.run();

    assertThat(result.succeeded()).as(result.message()).isTrue();
    assertThat(step.part(0)).containsExactly("one\t1", "two\t1");
  }

  @Test
  void theMapperReadsEachLineOfItsSplitOnceWithCrLfTurnedIntoLf() {
    Step step =
        Step.in(dir)
            .input("in.txt", "a\r\nb\r\nc")
            .reducer("NONE")
            .conf("mapreduce.job.maps", "1")
            .mapper("od -c -An");

    step.run();

    assertThat(String.join(" ", step.part(0)).replaceAll("\\s+", " ").strip())
        .isEqualTo("a \\n b \\n c \\n");
  }
}
