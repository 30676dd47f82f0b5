package dev.sluice.core.pipelines.expression;

import static dev.sluice.core.pipelines.expression.PipelineFixture.ok;
import static dev.sluice.core.pipelines.expression.PipelineFixture.pipeline;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The developer guide's lists: a field with several values, operators and functions on each. */
class ListsTest {

  private final PipelineFixture fixture =
      pipeline()
          .object(
              "Act",
              "ShellCommandActivity",
              "myList",
              List.of("one", "two"),
              "myDates",
              List.of("2026-01-31T00:00:00", "2026-03-31T00:00:00"),
              "greeting",
              "#{'this is ' + myList}",
              "months",
              "#{plusMonths(myDates,1)}");

  @Test
  void aStringPlusAListIsAListOfStrings() {
    assertThat(ok(fixture.scope("Act").renderedAll("greeting")))
        .containsExactly("this is one", "this is two");
  }

  @Test
  void aFunctionOfAListAppliesToEachElement() {
    assertThat(ok(fixture.scope("Act").renderedAll("months")))
        .containsExactly("2026-02-28T00:00:00", "2026-04-30T00:00:00");
  }

  @Test
  void aListInsideTextRepeatsTheText() {
    var scope = fixture.object("Other", "ShellCommandActivity", "paths", "s3://b/#{node.myList}/x");
    var other = PipelineFixture.ok(scope.scope("Other", "Act").renderedAll("paths"));
    assertThat(other).containsExactly("s3://b/one/x", "s3://b/two/x");
  }

  @Test
  void renderedGivesTheFirstValueOfAMultiValuedField() {
    assertThat(ok(fixture.scope("Act").rendered("myList"))).contains("one");
  }
}
