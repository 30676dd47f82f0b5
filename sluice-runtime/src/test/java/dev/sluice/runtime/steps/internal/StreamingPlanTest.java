package dev.sluice.runtime.steps.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.result.Result;
import dev.sluice.runtime.steps.TempDirObjectFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StreamingPlanTest {

  @TempDir Path temp;
  private TempDirObjectFiles objects;
  private Path stepDir;
  private Path base;

  @BeforeEach
  void store() throws IOException {
    objects = new TempDirObjectFiles(Files.createDirectory(temp.resolve("blobs")), true);
    objects
        .bucket("out")
        .put("data", "in/part-0", "a b\n")
        .put("data", "in/part-1", "c\n")
        .put("data", "in/_logs/history", "hidden\n")
        .put("data", "in/.part-0.crc", "hidden\n")
        .put("data", "in/sub/part-2", "d\n")
        .put("data", "logs/2026-11-20.txt", "x\n")
        .put("data", "logs/2026-11-21.txt", "y\n")
        .put("data", "logs/2025-01-01.txt", "z\n")
        .put("code", "wordSplitter.py", "#!/usr/bin/env python3\n");
    stepDir = Files.createDirectory(temp.resolve("step"));
    base = Files.createDirectory(temp.resolve("work"));
  }

  private Result<StreamingPlan.Planned> plan(String... args) {
    return StreamingArgsParser.parse(List.of(args))
        .flatMap(
            parsed ->
                StreamingPlan.plan(parsed, objects, stepDir, base, new OutputWriter("df-1/@a_1")));
  }

  private JobSpec spec(String... args) {
    var planned = plan(args);
    assertThat(planned.isOk()).as("%s", planned).isTrue();
    return planned.value().spec();
  }

  private String refusal(String... args) {
    var planned = plan(args);
    assertThat(planned.isOk()).as("%s", planned).isFalse();
    return planned.failure().message();
  }

  private static List<String> contents(JobSpec spec) throws IOException {
    var contents = new ArrayList<String>();
    for (var input : spec.inputs()) {
      contents.add(Files.readString(Path.of(input.path())));
    }
    return contents;
  }

  @Test
  void readsEveryVisibleObjectUnderADirectoryInPlace() throws IOException {
    var spec = spec("-input", "s3n://data/in", "-output", "s3://out/wc", "-mapper", "cat");

    assertThat(contents(spec)).containsExactly("a b\n", "c\n", "d\n");
    assertThat(spec.inputs()).extracting(JobSpec.Input::size).containsExactly(4L, 2L, 2L);
    assertThat(spec.inputs())
        .allSatisfy(i -> assertThat(i.path()).startsWith(temp.resolve("blobs").toString()));
  }

  @Test
  void downloadsObjectsTheStoreDoesNotOfferAsFiles() throws IOException {
    objects = new TempDirObjectFiles(Files.createDirectory(temp.resolve("remote")), false);
    objects.bucket("out").put("data", "one.txt", "only\n");

    var spec = spec("-input", "s3a://data/one.txt", "-output", "s3://out/o");

    assertThat(contents(spec)).containsExactly("only\n");
    assertThat(spec.inputs().get(0).path()).startsWith(stepDir.resolve("inputs").toString());
  }

  @Test
  void expandsAWildcardInTheLastSegment() throws IOException {
    var spec =
        spec("-input", "s3://data/logs/2026-*.txt,s3://data/in/part-?", "-output", "s3://out/o");

    assertThat(contents(spec)).containsExactly("x\n", "y\n", "a b\n", "c\n");
    assertThat(refusal("-input", "s3://data/logs/1999-*", "-output", "s3://out/o"))
        .isEqualTo("Input Pattern s3://data/logs/1999-* matches 0 files");
    assertThat(refusal("-input", "s3://data/*/part-0", "-output", "s3://out/o"))
        .isEqualTo(
            "Sluice expands wildcards only in the last segment of an input path: s3://data/*/part-0");
  }

  @Test
  void anInputThatMatchesNothingFailsAsInHadoop() {
    assertThat(refusal("-input", "s3n://data/missing", "-output", "s3://out/o"))
        .isEqualTo("Input path does not exist: s3n://data/missing");
    assertThat(refusal("-input", "s3n://nobucket/in", "-output", "s3://out/o"))
        .isEqualTo("Input path does not exist: s3n://nobucket/in");
  }

  @Test
  void anExistingOutputFailsBeforeAnythingElse() {
    objects.put("out", "done/part-00000", "old\n").put("out", "file", "x");

    assertThat(refusal("-input", "s3://data/missing", "-output", "s3://out/done/"))
        .isEqualTo("Output directory s3://out/done already exists");
    assertThat(refusal("-input", "s3://data/in", "-output", "s3n://out/file"))
        .isEqualTo("Output directory s3n://out/file already exists");
    assertThat(stepDir.resolve("inputs")).doesNotExist();
  }

  @Test
  void aCommandOnS3RunsAsTheShippedFileByItsName() throws IOException {
    var spec =
        spec(
            "-input",
            "s3://data/in/part-0",
            "-output",
            "s3://out/o",
            "-mapper",
            "s3n://code/wordSplitter.py --lower",
            "-reducer",
            "aggregate");

    assertThat(spec.mapper()).isEqualTo("wordSplitter.py --lower");
    assertThat(spec.reducer()).isEqualTo("aggregate");
    assertThat(spec.files()).hasSize(1);
    var shipped = Path.of(spec.files().get(0));
    assertThat(shipped.getFileName()).hasToString("wordSplitter.py");
    assertThat(shipped).startsWith(stepDir).hasContent("#!/usr/bin/env python3");
    assertThat(Files.getPosixFilePermissions(shipped)).contains(PosixFilePermission.OWNER_EXECUTE);
  }

  @Test
  void shipsFilesFromS3AndUsesLocalFilesWhereTheyAre() throws IOException {
    var local = Files.writeString(base.resolve("stop.txt"), "the\n");

    var spec =
        spec(
            "-input",
            "s3://data/in/part-0",
            "-output",
            "s3://out/o",
            "-file",
            "stop.txt",
            "-files",
            "s3://code/wordSplitter.py#split.py",
            "-cacheFile",
            "s3://data/logs/2025-01-01.txt#old",
            "-mapper",
            "/bin/cat");

    assertThat(spec.files()).containsExactly(local.toString());
    assertThat(spec.cacheFiles())
        .extracting(JobSpec.CacheFile::link)
        .containsExactly("split.py", "old");
    assertThat(Path.of(spec.cacheFiles().get(1).path())).hasContent("z");
    assertThat(spec.mapper()).isEqualTo("/bin/cat");
  }

  @Test
  void aMissingShippedFileFailsTheStep() {
    assertThat(
            refusal(
                "-input", "s3://data/in", "-output", "s3://out/o", "-file", "s3://code/nope.py"))
        .isEqualTo("File does not exist: s3://code/nope.py");
    assertThat(refusal("-input", "s3://data/in", "-output", "s3://out/o", "-file", "nope.py"))
        .isEqualTo("File: " + base.resolve("nope.py") + " does not exist, or is not readable.");
  }

  @Test
  void readsLocalInputsAndWritesALocalOutputItself() throws IOException {
    var dir = Files.createDirectories(base.resolve("local/in"));
    Files.writeString(dir.resolve("a.txt"), "1\n");
    Files.writeString(dir.resolve("_SUCCESS"), "");

    var planned = plan("-input", "local/in", "-output", "file://" + base.resolve("local/out"));

    assertThat(planned.value().spec().inputs())
        .extracting(JobSpec.Input::path)
        .containsExactly(dir.resolve("a.txt").toString());
    assertThat(planned.value().target())
        .isEqualTo(new OutputTarget.Local(base.resolve("local/out")));
    assertThat(planned.value().spec().output()).isEqualTo(base.resolve("local/out").toString());
    assertThat(refusal("-input", "local/in", "-output", "local"))
        .isEqualTo("Output directory local already exists");
    assertThat(refusal("-input", "hdfs:///user/in", "-output", "s3://out/o"))
        .isEqualTo(
            "Sluice reads s3://, s3n://, s3a:// and local paths, not hdfs:///user/in (there is no HDFS)");
  }

  @Test
  void laysTheJobOutInTheStepDirectory() {
    var spec =
        spec(
            "-input",
            "s3://data/in",
            "-output",
            "s3://out/o",
            "-numReduceTasks",
            "2",
            "-cmdenv",
            "A=1");

    assertThat(spec.output()).isEqualTo(stepDir.resolve("output").toString());
    assertThat(spec.workDir()).isEqualTo(stepDir.resolve("job").toString());
    assertThat(spec.result()).isEqualTo(stepDir.resolve("result.json").toString());
    assertThat(spec.numReduceTasks()).isEqualTo(2);
    assertThat(spec.cmdenv()).containsEntry("A", "1");
    assertThat(stepDir.resolve("output")).doesNotExist();
  }
}
