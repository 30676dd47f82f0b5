package dev.sluice.it.workflows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.asl.conformance.CaseFiles;
import dev.sluice.it.support.LambdaClients;
import dev.sluice.it.support.LogsClients;
import dev.sluice.it.support.S3Clients;
import dev.sluice.it.support.StepFunctionsClients;
import dev.sluice.junit.SluiceExtension;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Runs {@code shared/conformance/asl/cases} against a running Sluice through the AWS SDK for Java
 * v2, one category per run, and prints the pass counts. Every case must pass except those {@code
 * docs/conformance.md} lists with a reason; a listed case that passes is reported so the list
 * shrinks.
 */
class ConformanceTest {
  @RegisterExtension static SluiceExtension sluice = new SluiceExtension();

  private static final Pattern LISTED = Pattern.compile("^\\| `([^`]+)` \\|", Pattern.MULTILINE);
  private static CaseRunner runner;
  private static ExecutorService pool;

  @BeforeAll
  static void clients() {
    URI endpoint = sluice.endpoint();
    runner =
        new CaseRunner(
            StepFunctionsClients.sfn(endpoint),
            LambdaClients.lambda(endpoint),
            S3Clients.s3(endpoint),
            CaseRunner.sns(endpoint),
            LogsClients.logs(endpoint),
            () -> advance(endpoint));
    pool = Executors.newFixedThreadPool(8);
  }

  @AfterAll
  static void stop() {
    pool.shutdownNow();
  }

  @ParameterizedTest
  @ValueSource(strings = {"pure", "validation", "lambda", "service"})
  void casesOfTheCategoryBehaveAsAwsRecorded(String category) throws Exception {
    Path directory = CaseFiles.directory();
    assumeTrue(directory != null, "shared/conformance/asl/cases not found");
    Set<String> known = knownFailures();
    Map<String, String> failures = Collections.synchronizedMap(new TreeMap<>());
    List<JsonNode> timed = new ArrayList<>();
    List<Future<?>> running = new ArrayList<>();
    List<JsonNode> cases = CaseFiles.category(directory, category);
    for (JsonNode entry : cases) {
      JsonNode testCase = CaseFiles.testCase(directory, entry);
      if (Timed.needsTime(testCase)) {
        timed.add(testCase);
      } else {
        running.add(pool.submit(() -> record(testCase, failures)));
      }
    }
    for (Future<?> future : running) {
      future.get();
    }
    timed.forEach(testCase -> record(testCase, failures));
    int passed = cases.size() - failures.size();
    System.out.printf(
        "ASL conformance [%s]: %d of %d passed (%.1f %%)%n",
        category, passed, cases.size(), 100.0 * passed / cases.size());
    List<String> unexpected = new ArrayList<>();
    failures.forEach(
        (name, problem) -> {
          if (!known.contains(name)) {
            unexpected.add(name + ": " + problem);
          }
        });
    cases.stream()
        .map(e -> e.path("name").asText())
        .filter(known::contains)
        .filter(name -> !failures.containsKey(name))
        .forEach(name -> System.out.println("  now passes, unlist it: " + name));
    unexpected.forEach(line -> System.out.println("  FAIL " + line));
    assertThat(unexpected).isEmpty();
  }

  private static void record(JsonNode testCase, Map<String, String> failures) {
    String problem = runner.run(testCase);
    if (problem != null) {
      failures.put(testCase.path("name").asText(), problem);
    }
  }

  /** The case names docs/conformance.md lists as known failures. */
  private static Set<String> knownFailures() throws IOException {
    for (Path at = Path.of("").toAbsolutePath(); at != null; at = at.getParent()) {
      Path doc = at.resolve("docs/conformance.md");
      if (Files.isRegularFile(doc)) {
        Matcher matcher = LISTED.matcher(Files.readString(doc));
        Set<String> names = new java.util.HashSet<>();
        while (matcher.find()) {
          names.add(matcher.group(1));
        }
        return names;
      }
    }
    return Set.of();
  }

  private static void advance(URI endpoint) {
    try (HttpClient client = HttpClient.newHttpClient()) {
      client.send(
          HttpRequest.newBuilder(endpoint.resolve("/_sluice/time/advance?by=2h"))
              .POST(HttpRequest.BodyPublishers.noBody())
              .build(),
          HttpResponse.BodyHandlers.discarding());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
