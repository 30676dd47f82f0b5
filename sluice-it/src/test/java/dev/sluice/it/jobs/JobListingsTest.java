package dev.sluice.it.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.it.support.GlueClients;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.glue.model.Job;

/**
 * GetJobs and ListJobs page through the jobs in name order (the SDK's paginators follow NextToken),
 * ListJobs keeps only the jobs carrying every tag asked for, and BatchGetJobs answers the jobs it
 * found and the names it did not.
 */
@ExtendWith(SharedJobs.class)
class JobListingsTest {
  static final List<String> NAMES =
      IntStream.rangeClosed(1, 7).mapToObj(i -> "listing-" + i).toList();
  static Jobs jobs;

  @BeforeAll
  static void createSevenJobs(Jobs shared) {
    jobs = shared;
    for (int i = 0; i < NAMES.size(); i++) {
      var name = NAMES.get(i);
      var colour = i % 2 == 1 ? "blue" : "red";
      jobs.glue.createJob(
          b ->
              b.name(name)
                  .role(GlueClients.ROLE)
                  .command(c -> c.name("pythonshell").scriptLocation("s3://glue-scripts/x.py"))
                  .tags(Map.of("suite", "listing", "colour", colour)));
    }
  }

  @Test
  void getJobsPagesThroughEveryJobInNameOrder() {
    var pages =
        jobs.glue.getJobsPaginator(b -> b.maxResults(3)).stream()
            .map(page -> page.jobs().stream().map(Job::name).toList())
            .toList();

    assertPagedInOrder(pages, 3);
    assertThat(flatten(pages).stream().filter(n -> n.startsWith("listing-")))
        .containsExactlyElementsOf(NAMES);
  }

  @Test
  void listJobsPagesThroughEveryJobNameInNameOrder() {
    var pages =
        jobs.glue.listJobsPaginator(b -> b.maxResults(2)).stream()
            .map(page -> page.jobNames())
            .toList();

    assertPagedInOrder(pages, 2);
    assertThat(flatten(pages).stream().filter(n -> n.startsWith("listing-")))
        .containsExactlyElementsOf(NAMES);
  }

  @Test
  void listJobsWithTagsAnswersOnlyTheJobsCarryingAllOfThem() {
    var pages =
        jobs
            .glue
            .listJobsPaginator(
                b -> b.maxResults(2).tags(Map.of("suite", "listing", "colour", "blue")))
            .stream()
            .map(page -> page.jobNames())
            .toList();

    assertThat(flatten(pages)).containsExactly("listing-2", "listing-4", "listing-6");
    assertThat(pages).allSatisfy(page -> assertThat(page).hasSizeLessThanOrEqualTo(2));
    assertThat(jobs.glue.listJobs(b -> b.tags(Map.of("suite", "listing", "colour", "green"))))
        .satisfies(
            answer -> {
              assertThat(answer.jobNames()).isEmpty();
              assertThat(answer.nextToken()).isNull();
            });
  }

  @Test
  void batchGetJobsAnswersTheJobsFoundAndTheNamesNotFound() {
    var answer =
        jobs.glue.batchGetJobs(
            b -> b.jobNames("listing-1", "no-such-job", "listing-3", "nor-this-one"));

    assertThat(answer.jobs()).extracting(Job::name).containsExactly("listing-1", "listing-3");
    assertThat(answer.jobs().get(0).command().name()).isEqualTo("pythonshell");
    assertThat(answer.jobsNotFound()).containsExactly("no-such-job", "nor-this-one");
  }

  /** Full pages but the last, no page larger, names strictly ascending across pages. */
  private static void assertPagedInOrder(List<List<String>> pages, int size) {
    assertThat(pages).hasSizeGreaterThan(NAMES.size() / size);
    assertThat(pages.subList(0, pages.size() - 1)).allSatisfy(p -> assertThat(p).hasSize(size));
    assertThat(pages.getLast()).hasSizeBetween(0, size);
    var names = flatten(pages);
    assertThat(names).doesNotHaveDuplicates().isSorted();
  }

  private static List<String> flatten(List<List<String>> pages) {
    var all = new ArrayList<String>();
    pages.forEach(all::addAll);
    return all;
  }
}
