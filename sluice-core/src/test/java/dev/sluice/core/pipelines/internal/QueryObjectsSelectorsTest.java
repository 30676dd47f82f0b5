package dev.sluice.core.pipelines.internal;

import static dev.sluice.core.pipelines.internal.PipelineFixture.failure;
import static dev.sluice.core.pipelines.internal.PipelineFixture.ok;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.pipelines.Field;
import dev.sluice.core.pipelines.ObjectQueryInput;
import dev.sluice.core.pipelines.Selector;
import dev.sluice.core.pipelines.ValidationReport;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class QueryObjectsSelectorsTest {
  private static final String FIRST = "@Echo_2026-11-20T22:16:00";
  private static final String SECOND = "@Echo_2026-11-20T23:16:00";
  private static final String OTHER = "@Other_2026-11-21T00:00:00";
  private final PipelineFixture fixture = new PipelineFixture();
  private String id;

  @BeforeEach
  void activatedWithInstancesAndAttempts() {
    id = fixture.activated("orders", Definitions.onDemandEcho());
    var first = RunObjects.instance(id, "Echo", "2026-11-20T22:16:00", "FINISHED");
    var second = RunObjects.instance(id, "Echo", "2026-11-20T23:16:00", "RUNNING");
    var other =
        RunObjects.instance(
            id,
            "Other",
            "2026-11-21T00:00:00",
            "WAITING_ON_DEPENDENCIES",
            Field.text("myLabel", "a"),
            Field.text("myLabel", "b"));
    fixture.runs.add(
        first,
        RunObjects.attempt(first, 1, "FINISHED"),
        second,
        other,
        RunObjects.instance("df-SOMEONEELSE", "Echo", "2026-11-20T22:16:00", "FINISHED"));
  }

  @Test
  void withoutSelectorsAnswersEveryInstanceInIdOrder() {
    assertThat(query("INSTANCE")).containsExactly(FIRST, SECOND, OTHER);
  }

  @Test
  void theAttemptSphereAnswersAttemptsOnly() {
    assertThat(query("ATTEMPT")).containsExactly(FIRST + "_Attempt=1");
  }

  @Test
  void theComponentSphereAnswersTheLatestDefinitionsObjects() {
    assertThat(query("COMPONENT")).containsExactly("Default", "Echo");
  }

  @Test
  void eqMatchesTheFieldsValue() {
    assertThat(query("INSTANCE", selector("@status", "EQ", "RUNNING"))).containsExactly(SECOND);
  }

  @Test
  void eqMatchesAnyValueOfAFieldWithSeveral() {
    assertThat(query("INSTANCE", selector("myLabel", "EQ", "b"))).containsExactly(OTHER);
  }

  @Test
  void eqFailsOnObjectsWithoutTheField() {
    assertThat(query("INSTANCE", selector("myLabel", "EQ", "RUNNING"))).isEmpty();
  }

  @Test
  void refEqMatchesReferences() {
    assertThat(query("INSTANCE", selector("@componentParent", "REF_EQ", "Echo")))
        .containsExactly(FIRST, SECOND);
  }

  @Test
  void refEqDoesNotMatchLiterals() {
    assertThat(query("INSTANCE", selector("@status", "REF_EQ", "RUNNING"))).isEmpty();
  }

  @Test
  void geComparesDateTimesAsTimes() {
    assertThat(query("INSTANCE", selector("@scheduledStartTime", "GE", "2026-11-20T23:16:00")))
        .containsExactly(SECOND, OTHER);
  }

  @Test
  void leComparesDateTimesAsTimes() {
    assertThat(query("INSTANCE", selector("@scheduledStartTime", "LE", "2026-11-20T23:16:00")))
        .containsExactly(FIRST, SECOND);
  }

  @Test
  void betweenIncludesBothEnds() {
    var between =
        new Selector(
            "@scheduledStartTime",
            "BETWEEN",
            List.of("2026-11-20T22:16:00", "2026-11-20T23:16:00"));

    assertThat(query("INSTANCE", between)).containsExactly(FIRST, SECOND);
  }

  @Test
  void everySelectorMustMatch() {
    assertThat(
            query(
                "INSTANCE",
                selector("@componentParent", "REF_EQ", "Echo"),
                selector("@status", "EQ", "FINISHED")))
        .containsExactly(FIRST);
  }

  @Test
  void componentsAreQueriedByTheirFieldsAndStatus() {
    assertThat(query("COMPONENT", selector("type", "EQ", "ShellCommandActivity")))
        .containsExactly("Echo");
    assertThat(query("COMPONENT", selector("@status", "EQ", "SCHEDULED")))
        .containsExactly("Default", "Echo");
  }

  @Test
  void componentsOfAPipelineNeverActivatedArePending() {
    var pending =
        fixture.withDefinition("pending", Definitions.onDemandEcho(), ValidationReport.clean());

    var ids =
        ok(fixture.service.queryObjects(
                new ObjectQueryInput(
                    pending,
                    List.of(selector("@status", "EQ", "PENDING")),
                    "COMPONENT",
                    null,
                    null)))
            .ids();

    assertThat(ids).containsExactly("Default", "Echo");
  }

  @Test
  void componentsAreMatchedByName() {
    assertThat(query("COMPONENT", selector("name", "EQ", "Echo"))).containsExactly("Echo");
  }

  @Test
  void betweenTakesTwoValues() {
    var failure =
        failure(
            fixture.service.queryObjects(
                input(
                    "INSTANCE",
                    selector("@scheduledStartTime", "BETWEEN", "2026-11-20T22:16:00"))));

    assertThat(failure.code()).isEqualTo("InvalidRequestException");
  }

  @Test
  void timeComparisonsTakeDateTimes() {
    var failure =
        failure(
            fixture.service.queryObjects(
                input("INSTANCE", selector("@scheduledStartTime", "GE", "yesterday"))));

    assertThat(failure.code()).isEqualTo("InvalidRequestException");
    assertThat(failure.message()).contains("yesterday");
  }

  @Test
  void anUnknownOperatorIsInvalid() {
    var failure =
        failure(fixture.service.queryObjects(input("INSTANCE", selector("@status", "LIKE", "R%"))));

    assertThat(failure.code()).isEqualTo("InvalidRequestException");
    assertThat(failure.message()).contains("LIKE");
  }

  @Test
  void anUnknownSphereIsInvalid() {
    var failure = failure(fixture.service.queryObjects(input("PIPELINE")));

    assertThat(failure.code()).isEqualTo("InvalidRequestException");
  }

  @Test
  void atMostTenSelectors() {
    var eleven = Collections.nCopies(11, selector("@status", "EQ", "RUNNING"));

    var failure =
        failure(
            fixture.service.queryObjects(new ObjectQueryInput(id, eleven, "INSTANCE", null, null)));

    assertThat(failure.code()).isEqualTo("InvalidRequestException");
    assertThat(
            ok(fixture.service.queryObjects(
                    new ObjectQueryInput(id, eleven.subList(0, 10), "INSTANCE", null, null)))
                .ids())
        .containsExactly(SECOND);
  }

  private List<String> query(String sphere, Selector... selectors) {
    return ok(fixture.service.queryObjects(input(sphere, selectors))).ids();
  }

  private ObjectQueryInput input(String sphere, Selector... selectors) {
    return new ObjectQueryInput(id, List.of(selectors), sphere, null, null);
  }

  private static Selector selector(String field, String operator, String... values) {
    return new Selector(field, operator, List.of(values));
  }
}
