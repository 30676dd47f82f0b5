package dev.sluice.aws.datapipeline.operations;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.aws.datapipeline.internal.Constraints;
import dev.sluice.aws.datapipeline.internal.DataPipelineJson;
import dev.sluice.aws.datapipeline.internal.DataPipelineRequest;
import dev.sluice.aws.protocol.JsonNodes;
import dev.sluice.core.pipelines.IdPage;
import dev.sluice.core.pipelines.ObjectQueryInput;
import dev.sluice.core.pipelines.PipelineService;
import dev.sluice.core.pipelines.Selector;
import dev.sluice.core.result.Result;
import java.util.List;

/**
 * {@code DataPipeline.QueryObjects}: the ids of the sphere's objects (COMPONENT, INSTANCE or
 * ATTEMPT) matching every selector, a page at a time.
 */
public final class QueryObjects implements DataPipelineBinding {
  public record Input(String pipelineId, Query query, String sphere, String marker, Integer limit) {
    List<SelectorShape> selectors() {
      return query == null ? null : query.selectors();
    }
  }

  public record Query(List<SelectorShape> selectors) {}

  /** The wire's {@code Selector}: a field name and an operator with its values. */
  public record SelectorShape(String fieldName, Operator operator) {
    void check(Constraints constraints, String at) {
      constraints.string(fieldName, at + ".fieldName");
      if (operator != null) {
        constraints
            .oneOf(operator.type(), at + ".operator.type", OPERATOR_TYPES)
            .textList(operator.values(), at + ".operator.values", 0, 1024);
      }
    }

    Selector toSelector() {
      return operator == null
          ? new Selector(fieldName, null, null)
          : new Selector(fieldName, operator.type(), operator.values());
    }
  }

  public record Operator(String type, List<String> values) {}

  static final List<String> OPERATOR_TYPES = List.of("EQ", "REF_EQ", "LE", "GE", "BETWEEN");

  private final PipelineService pipelines;

  public QueryObjects(PipelineService pipelines) {
    this.pipelines = pipelines;
  }

  @Override
  public Result<ObjectNode> handle(DataPipelineRequest request) {
    return request.input(Input.class).flatMap(this::query);
  }

  private Result<ObjectNode> query(Input input) {
    var constraints = Constraints.ofPipeline(input.pipelineId());
    return constraints
        .each(input.selectors(), "query.selectors", (s, at) -> s.check(constraints, at))
        .required(input.sphere(), "sphere")
        .string(input.sphere(), "sphere")
        .string(input.marker(), "marker")
        .then(() -> pipelines.queryObjects(toQuery(input)))
        .map(QueryObjects::render);
  }

  private static ObjectQueryInput toQuery(Input input) {
    var selectors = input.selectors();
    return new ObjectQueryInput(
        input.pipelineId(),
        selectors == null ? null : selectors.stream().map(SelectorShape::toSelector).toList(),
        input.sphere(),
        input.marker(),
        input.limit());
  }

  private static ObjectNode render(IdPage page) {
    return DataPipelineJson.page(
        "ids", page.ids(), JsonNodes::text, page.marker(), page.hasMoreResults());
  }
}
