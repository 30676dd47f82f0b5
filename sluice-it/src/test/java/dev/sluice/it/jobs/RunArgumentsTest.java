package dev.sluice.it.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.glue.model.JobRunState;

/**
 * What a run's script gets in sys.argv: the job's DefaultArguments, overridden by the run's
 * Arguments, overridden by the job's NonOverridableArguments, each once, then Glue's reserved
 * {@code --JOB_ID} (one per job), {@code --JOB_RUN_ID}, {@code --JOB_NAME} and the bookmark option;
 * awsglue's getResolvedOptions resolves them. GetJobRun echoes only the run's own Arguments.
 */
@ExtendWith(SharedJobs.class)
class RunArgumentsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SCRIPT =
      """
      import json
      import sys
      from awsglue.utils import getResolvedOptions
      print("argv " + json.dumps(sys.argv[1:]))
      args = getResolvedOptions(sys.argv, ["JOB_NAME", "a", "b", "c"])
      print("resolved " + json.dumps(args, sort_keys=True))
      """;

  static Jobs jobs;

  @BeforeAll
  static void createTheJob(Jobs shared) {
    jobs = shared;
    jobs.pythonShell(
        "arguments",
        SCRIPT,
        b ->
            b.defaultArguments(Map.of("--a", "default-a", "--b", "default-b", "--c", "default-c"))
                .nonOverridableArguments(Map.of("--c", "fixed-c", "--d", "fixed-d")));
  }

  @Test
  void runArgumentsOverrideDefaultsAndNonOverridableArgumentsWin() throws Exception {
    var runArguments = Map.of("--b", "run-b", "--c", "run-c", "--run-only", "run-e");
    var run = jobs.runToEnd("arguments", runArguments);

    assertThat(run.jobRunState()).as(run.errorMessage()).isEqualTo(JobRunState.SUCCEEDED);
    assertThat(run.arguments()).containsExactlyInAnyOrderEntriesOf(runArguments);
    var argv = argv(run.id());
    var names = names(argv);
    assertThat(names).doesNotHaveDuplicates();
    var values = pairs(argv);
    assertThat(values)
        .containsEntry("--a", "default-a")
        .containsEntry("--b", "run-b")
        .containsEntry("--c", "fixed-c")
        .containsEntry("--d", "fixed-d")
        .containsEntry("--run-only", "run-e");
  }

  @Test
  void theScriptGetsGluesReservedArguments() throws Exception {
    var first = jobs.runToEnd("arguments", Map.of());
    var second = jobs.runToEnd("arguments", Map.of());

    var values = pairs(argv(first.id()));
    assertThat(values)
        .containsEntry("--JOB_NAME", "arguments")
        .containsEntry("--JOB_RUN_ID", first.id())
        .containsEntry("--job-bookmark-option", "job-bookmark-disable");
    assertThat(values.get("--JOB_ID")).matches("j_[0-9a-f]{64}");
    var again = pairs(argv(second.id()));
    assertThat(again).containsEntry("--JOB_ID", values.get("--JOB_ID"));
    assertThat(again).containsEntry("--JOB_RUN_ID", second.id());
  }

  @Test
  void getResolvedOptionsResolvesTheMergedArguments() throws Exception {
    var run = jobs.runToEnd("arguments", Map.of("--b", "run-b"));

    var line = jobs.awaitLine(Jobs.OUTPUT, run.id(), l -> l.startsWith("resolved "));
    Map<String, String> resolved =
        JSON.readValue(line.substring("resolved ".length()), new TypeReference<>() {});
    assertThat(resolved)
        .containsEntry("JOB_NAME", "arguments")
        .containsEntry("JOB_ID", pairs(argv(run.id())).get("--JOB_ID"))
        .containsEntry("JOB_RUN_ID", run.id())
        .containsEntry("a", "default-a")
        .containsEntry("b", "run-b")
        .containsEntry("c", "fixed-c")
        .containsEntry("job_bookmark_option", "job-bookmark-disable")
        .doesNotContainKey("d");
  }

  private static List<String> argv(String runId) throws Exception {
    var line = jobs.awaitLine(Jobs.OUTPUT, runId, l -> l.startsWith("argv "));
    return JSON.readValue(line.substring("argv ".length()), new TypeReference<>() {});
  }

  /** The {@code --name value} pairs of argv, in order. */
  private static Map<String, String> pairs(List<String> argv) {
    assertThat(argv.size() % 2).as("pairs in %s", argv).isZero();
    var pairs = new LinkedHashMap<String, String>();
    for (int i = 0; i < argv.size(); i += 2) {
      pairs.put(argv.get(i), argv.get(i + 1));
    }
    return pairs;
  }

  private static List<String> names(List<String> argv) {
    var names = new ArrayList<String>();
    for (int i = 0; i < argv.size(); i += 2) {
      names.add(argv.get(i));
    }
    return names;
  }
}
