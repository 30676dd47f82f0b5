package dev.sluice.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class JobSamplesTest {

  @Test
  void comparesSluicesMediansWithTheBareProcesses() {
    var samples = new JobSamples("jar", "main() entered");
    samples.sluice(new JobTiming(900, 1_300, 40, 300));
    samples.sluice(new JobTiming(700, 1_000, 20, 100));
    samples.sluice(new JobTiming(800, 1_200, 30, 200));
    samples.bare(JobTiming.bare(150, 200));
    samples.bare(JobTiming.bare(250, 300));
    samples.bare(JobTiming.bare(200, 250));
    samples.submit(JobTiming.bare(600, 700));

    assertThat(samples.rows())
        .containsExactly(
            List.of(
                "jar",
                "main() entered",
                "800 / 900",
                "200 / 250",
                "4.00 x",
                "600",
                "600 / 600",
                "200"),
            List.of(
                "jar",
                "the end (SUCCEEDED seen / exit)",
                "1,200 / 1,300",
                "250 / 300",
                "4.80 x",
                "950",
                "700 / 700",
                "500"),
            List.of(
                "jar",
                "- Sluice's line that starts the process (run's log)",
                "30.0 / 40.0",
                "-",
                "-",
                "-",
                "-",
                "-"),
            List.of(
                "jar",
                "- CPU ms of the bench JVM: Sluice and its polling client",
                "200 / 300",
                "-",
                "-",
                "-",
                "-",
                "-"));
  }

  @Test
  void takesTheNinetiethPercentileByNearestRank() {
    var runs =
        List.of(10, 20, 30, 40, 50, 60, 70, 80, 90, 100).stream()
            .map(ms -> JobTiming.bare(ms, ms))
            .toList();

    var stats = JobSamples.stats(runs, JobTiming::toMain);

    assertThat(stats.percentileMillis(50)).isEqualTo(50.0);
    assertThat(stats.percentileMillis(90)).isEqualTo(90.0);
  }

  @Test
  void leavesOutTimesThatAreNotKnown() {
    var runs = List.of(JobTiming.bare(10, 20), new JobTiming(30, 40, 5, 50));

    assertThat(JobSamples.stats(runs, JobTiming::toLaunch).count()).isEqualTo(1);
  }

  @Test
  void showsNoRatioNorOverheadWithoutBareRuns() {
    var samples = new JobSamples("python", "the script's first line");
    samples.sluice(new JobTiming(300, 400, 20, 30));

    assertThat(samples.rows().get(0))
        .containsExactly("python", "the script's first line", "300 / 300", "-", "-", "-", "-", "-");
  }
}
