package dev.sluice.store.workflowservice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.core.workflows.ExecutionStatus;
import dev.sluice.core.workflows.HistoryEvent;
import dev.sluice.core.workflows.HistoryQuery;
import dev.sluice.core.workflows.NewExecution;
import dev.sluice.core.workflows.PageRequest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ExecutionHistoryTest extends WorkflowServiceFixture {
  private String execution;

  @BeforeEach
  void anEndedExecution() {
    execution =
        ok(service.startExecution(new NewExecution(machine("m"), "run", "{\"secret\":1}", null)))
            .arn();
    engine.end(execution, ExecutionStatus.SUCCEEDED, "{}");
  }

  private List<Long> ids(boolean reverse, int pageSize) {
    var ids = new ArrayList<Long>();
    String token = null;
    do {
      var page =
          ok(
              service.getExecutionHistory(
                  new HistoryQuery(execution, reverse, true, new PageRequest(pageSize, token))));
      page.items().stream().map(HistoryEvent::id).forEach(ids::add);
      token = page.nextToken();
    } while (token != null);
    return ids;
  }

  @Test
  void eventsComeOldestFirstInPages() {
    assertThat(ids(false, 1)).containsExactly(1L, 2L);
  }

  @Test
  void reverseOrderGivesTheNewestFirst() {
    assertThat(ids(true, 1)).containsExactly(2L, 1L);
  }

  @Test
  void withoutExecutionDataTheInputIsLeftOutButTheRestStays() {
    var page =
        ok(
            service.getExecutionHistory(
                new HistoryQuery(execution, false, false, PageRequest.first())));

    var details = page.items().get(0).details();
    assertThat(details.has("input")).isFalse();
    assertThat(details.has("inputDetails")).isFalse();
    assertThat(details.path("roleArn").asText()).isEqualTo(ROLE);
    var withData =
        ok(
            service.getExecutionHistory(
                new HistoryQuery(execution, false, true, PageRequest.first())));
    assertThat(withData.items().get(0).details().path("input").asText())
        .isEqualTo("{\"secret\":1}");
  }

  @Test
  void aGarbageTokenIsInvalidToken() {
    fails(
        service.getExecutionHistory(
            new HistoryQuery(execution, false, true, new PageRequest(null, "AAAA"))),
        "InvalidToken",
        "Invalid Token: 'Invalid token'");
  }
}
