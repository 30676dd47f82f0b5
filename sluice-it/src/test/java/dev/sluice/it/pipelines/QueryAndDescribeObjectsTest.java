package dev.sluice.it.pipelines;

import static dev.sluice.it.pipelines.Refusals.refuses;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.junit.SluiceExtension;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.datapipeline.DataPipelineClient;
import software.amazon.awssdk.services.datapipeline.model.Operator;
import software.amazon.awssdk.services.datapipeline.model.OperatorType;
import software.amazon.awssdk.services.datapipeline.model.Query;
import software.amazon.awssdk.services.datapipeline.model.Selector;

/**
 * QueryObjects with selectors (@status EQ, @scheduledStartTime BETWEEN, type EQ on components),
 * limits and markers; DescribeObjects with and without evaluateExpressions; EvaluateExpression on
 * instances and components. One finished pipeline with one succeeded and one failed activity is
 * shared by the tests.
 */
@ExtendWith(SluiceExtension.class)
class QueryAndDescribeObjectsTest {
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss").withZone(ZoneOffset.UTC);
  static Pipelines pipelines;
  static DataPipelineClient client;
  static String id;
  static String good;
  static String bad;
  static String scheduled;

  @BeforeAll
  static void runPipeline(URI endpoint) {
    pipelines = new Pipelines(endpoint);
    client = pipelines.client();
    id =
        pipelines.run(
            "queried",
            Component.onDemandDefault(),
            Component.ec2("Machine"),
            Component.shell("Good", "true", "Machine")
                .with("myNote", "Good ran for #{@scheduledStartTime}"),
            Component.shell("Bad", "exit 9", "Machine").with("maximumRetries", "0"));
    pipelines.awaitState(id, "FINISHED");
    good = pipelines.instance(id, "Good");
    bad = pipelines.instance(id, "Bad");
    scheduled = pipelines.field(id, good, "@scheduledStartTime");
  }

  @Test
  void statusEqSelectsTheInstancesInThatStatus() {
    assertThat(query("INSTANCE", selector("@status", OperatorType.EQ, "FAILED")))
        .containsExactly(bad);
    assertThat(query("INSTANCE", selector("@status", OperatorType.EQ, "FINISHED")))
        .contains(good)
        .doesNotContain(bad);
    assertThat(query("INSTANCE", selector("@status", OperatorType.EQ, "FINISHED", "FAILED")))
        .contains(good, bad);
    assertThat(query("ATTEMPT", selector("@status", OperatorType.EQ, "FAILED")))
        .containsExactly(bad + "_Attempt=1");
  }

  @Test
  void scheduledStartTimeBetweenSelectsByTime() {
    var at = Pipelines.parse(scheduled);

    assertThat(query("INSTANCE", between(at.minusSeconds(60), at.plusSeconds(60))))
        .contains(good, bad);
    assertThat(query("INSTANCE", between(at.minusSeconds(3600), at.minusSeconds(60)))).isEmpty();
    assertThat(query("INSTANCE", between(at, at), selector("@status", OperatorType.EQ, "FAILED")))
        .containsExactly(bad);
  }

  @Test
  void componentsAreSelectedByTheirFields() {
    assertThat(query("COMPONENT", selector("type", OperatorType.EQ, "ShellCommandActivity")))
        .containsExactly("Bad", "Good");
    assertThat(query("COMPONENT", selector("runsOn", OperatorType.REF_EQ, "Machine")))
        .containsExactly("Bad", "Good");
  }

  @Test
  void aLimitPagesTheIdsWithAMarker() {
    var all = pipelines.ids(id, "INSTANCE");
    var first = client.queryObjects(b -> b.pipelineId(id).sphere("INSTANCE").limit(2));
    assertThat(first.ids()).hasSize(2);
    assertThat(first.hasMoreResults()).isTrue();

    var rest =
        client.queryObjects(
            b -> b.pipelineId(id).sphere("INSTANCE").limit(100).marker(first.marker()));

    assertThat(rest.hasMoreResults()).isFalse();
    assertThat(concat(first.ids(), rest.ids())).containsExactlyElementsOf(all);
  }

  @Test
  void betweenNeedsTwoDateTimes() {
    refuses(
        () ->
            client.queryObjects(
                b ->
                    b.pipelineId(id)
                        .sphere("INSTANCE")
                        .query(
                            Query.builder()
                                .selectors(
                                    selector(
                                        "@scheduledStartTime", OperatorType.BETWEEN, scheduled))
                                .build())),
        "InvalidRequestException",
        "Operator BETWEEN on field @scheduledStartTime takes 2 values, got 1");
  }

  @Test
  void describeObjectsRendersExpressionsOnlyWhenAsked() {
    var raw =
        client.describeObjects(b -> b.pipelineId(id).objectIds(good).evaluateExpressions(false));
    var evaluated =
        client.describeObjects(b -> b.pipelineId(id).objectIds(good).evaluateExpressions(true));

    assertThat(Pipelines.byKey(raw.pipelineObjects().get(0).fields()).get("myNote"))
        .containsExactly("Good ran for #{@scheduledStartTime}");
    assertThat(Pipelines.byKey(evaluated.pipelineObjects().get(0).fields()).get("myNote"))
        .containsExactly("Good ran for " + scheduled);
    assertThat(raw.pipelineObjects().get(0).id()).isEqualTo(good);
  }

  @Test
  void describeObjectsShowsComponentsInstancesAndAttempts() {
    var described =
        client.describeObjects(b -> b.pipelineId(id).objectIds("Good", good, good + "_Attempt=1"));

    assertThat(described.pipelineObjects()).hasSize(3);
    var component = Pipelines.byKey(described.pipelineObjects().get(0).fields());
    var instance = Pipelines.byKey(described.pipelineObjects().get(1).fields());
    var attempt = Pipelines.byKey(described.pipelineObjects().get(2).fields());
    assertThat(component.get("command")).containsExactly("true");
    assertThat(instance.get("@sphere")).containsExactly("INSTANCE");
    assertThat(instance.get("@componentParent")).containsExactly("Good");
    assertThat(instance.get("@headAttempt")).containsExactly(good + "_Attempt=1");
    assertThat(attempt.get("@sphere")).containsExactly("ATTEMPT");
    assertThat(attempt.get("@instanceParent")).containsExactly(good);
    assertThat(attempt.get("@status")).containsExactly("FINISHED");
  }

  @Test
  void evaluateExpressionRendersInTheObjectsScope() {
    assertThat(evaluate(good, "#{@scheduledStartTime}")).isEqualTo(scheduled);
    assertThat(evaluate(good, "#{format(@scheduledStartTime,'YYYY')}"))
        .isEqualTo(scheduled.substring(0, 4));
    assertThat(evaluate(good, "#{myNote}")).isEqualTo("Good ran for " + scheduled);
    assertThat(evaluate(good, "#{1 + 2}")).isEqualTo("3");
    assertThat(evaluate("Good", "#{command}")).isEqualTo("true");
  }

  @Test
  void evaluateExpressionOnAnUnknownObjectIsRefused() {
    refuses(
        () -> client.evaluateExpression(b -> b.pipelineId(id).objectId("Nope").expression("#{1}")),
        "InvalidRequestException",
        "Object Nope was not found in pipeline " + id);
  }

  private static String evaluate(String objectId, String expression) {
    return client
        .evaluateExpression(b -> b.pipelineId(id).objectId(objectId).expression(expression))
        .evaluatedExpression();
  }

  private static List<String> query(String sphere, Selector... selectors) {
    return client
        .queryObjects(
            b ->
                b.pipelineId(id).sphere(sphere).query(Query.builder().selectors(selectors).build()))
        .ids();
  }

  private static Selector selector(String field, OperatorType type, String... values) {
    return Selector.builder()
        .fieldName(field)
        .operator(Operator.builder().type(type).values(values).build())
        .build();
  }

  private static Selector between(Instant from, Instant to) {
    return selector(
        "@scheduledStartTime", OperatorType.BETWEEN, DATE_TIME.format(from), DATE_TIME.format(to));
  }

  private static List<String> concat(List<String> a, List<String> b) {
    var all = new java.util.ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
