package dev.sluice.core.jobs.internal;

import static dev.sluice.core.jobs.JobBuilder.job;
import static dev.sluice.core.jobs.JobsHarness.ok;
import static dev.sluice.core.jobs.internal.Failures.assertFailure;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.jobs.JobDefinition;
import dev.sluice.core.jobs.JobsHarness;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JobListingTest {
  private final JobsHarness harness = new JobsHarness();

  private void create(String... names) {
    for (var name : names) {
      harness.create(job(name));
    }
  }

  @Test
  void getJobsPagesThroughTheJobsInNameOrder() {
    create("e", "c", "a", "d", "b");

    var first = ok(harness.service.getJobs(null, 2));
    var second = ok(harness.service.getJobs(first.nextToken(), 2));
    var third = ok(harness.service.getJobs(second.nextToken(), 2));

    assertThat(first.items()).extracting(JobDefinition::name).containsExactly("a", "b");
    assertThat(second.items()).extracting(JobDefinition::name).containsExactly("c", "d");
    assertThat(third.items()).extracting(JobDefinition::name).containsExactly("e");
    assertThat(third.nextToken()).isNull();
  }

  @Test
  void aPageThatEndsTheListingHasNoToken() {
    create("a", "b");

    var page = ok(harness.service.getJobs(null, 2));

    assertThat(page.items()).hasSize(2);
    assertThat(page.nextToken()).isNull();
  }

  @Test
  void oneHundredJobsAPageByDefault() {
    for (int i = 0; i < 101; i++) {
      harness.create(job(String.format("job-%03d", i)));
    }

    var page = ok(harness.service.listJobs(null, null, Map.of()));

    assertThat(page.items()).hasSize(100);
    assertThat(ok(harness.service.listJobs(page.nextToken(), null, Map.of())).items())
        .containsExactly("job-100");
  }

  @Test
  void aTokenSluiceDidNotHandOutIsInvalidInput() {
    create("a");
    var message = "Invalid pagination token.";

    assertFailure(harness.service.getJobs("not base64!", 10), "InvalidInputException", message);
    var foreign = Base64.getEncoder().encodeToString("a".getBytes());
    assertFailure(
        harness.service.listJobs(foreign, 10, Map.of()), "InvalidInputException", message);
  }

  @Test
  void listJobsAnswersNames() {
    create("b", "a");

    assertThat(ok(harness.service.listJobs(null, 10, Map.of())).items()).containsExactly("a", "b");
  }

  @Test
  void listJobsWithTagsAnswersOnlyJobsCarryingAllOfThem() {
    harness.create(job("a").tags(Map.of("team", "data", "env", "prod")));
    harness.create(job("b").tags(Map.of("team", "data")));
    harness.create(job("c").tags(Map.of("team", "web", "env", "prod")));
    harness.create(job("d").tags(Map.of("team", "data", "env", "prod", "tier", "1")));

    var page = ok(harness.service.listJobs(null, 10, Map.of("team", "data", "env", "prod")));

    assertThat(page.items()).containsExactly("a", "d");
  }

  @Test
  void listJobsWithTagsPagesThroughTheMatches() {
    for (int i = 0; i < 450; i++) {
      var tags = i % 3 == 0 ? Map.of("keep", "yes") : Map.<String, String>of();
      harness.create(job(String.format("job-%03d", i)).tags(tags));
    }

    var names = new ArrayList<String>();
    String token = null;
    do {
      var page = ok(harness.service.listJobs(token, 40, Map.of("keep", "yes")));
      assertThat(page.items()).hasSizeLessThanOrEqualTo(40);
      names.addAll(page.items());
      token = page.nextToken();
    } while (token != null);

    assertThat(names).hasSize(150).first().isEqualTo("job-000");
    assertThat(names).last().isEqualTo("job-447");
    assertThat(names).doesNotHaveDuplicates().isSorted();
  }

  @Test
  void batchGetJobsAnswersTheJobsFoundAndTheNamesNotFound() {
    create("a", "b");

    var found = ok(harness.service.batchGetJobs(List.of("b", "x", "a", "y")));

    assertThat(found.jobs()).extracting(JobDefinition::name).containsExactly("b", "a");
    assertThat(found.notFound()).containsExactly("x", "y");
  }
}
