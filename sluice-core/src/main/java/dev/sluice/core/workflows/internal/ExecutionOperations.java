package dev.sluice.core.workflows.internal;

import dev.sluice.core.result.Result;
import dev.sluice.core.workflows.ExecutionQuery;
import dev.sluice.core.workflows.ExecutionRecord;
import dev.sluice.core.workflows.HistoryEvent;
import dev.sluice.core.workflows.HistoryQuery;
import dev.sluice.core.workflows.MachineRecord;
import dev.sluice.core.workflows.MachineType;
import dev.sluice.core.workflows.Page;
import java.util.List;

/**
 * DescribeExecution, StopExecution, RedriveExecution, ListExecutions, GetExecutionHistory and
 * DescribeStateMachineForExecution (standard executions; the store keeps them).
 */
final class ExecutionOperations {
  private final Catalog catalog;
  private final Machines machines;
  private final RedriveTokens redriveTokens = new RedriveTokens();

  ExecutionOperations(Catalog catalog, Machines machines) {
    this.catalog = catalog;
    this.machines = machines;
  }

  Result<ExecutionRecord> describe(String executionArn) {
    return StatesArn.execution(executionArn)
        .flatMap(
            arn ->
                catalog
                    .store()
                    .findExecution(executionArn)
                    .<Result<ExecutionRecord>>map(Result::ok)
                    .orElseGet(() -> Result.err(WorkflowFailures.executionMissing(executionArn))));
  }

  Result<ExecutionRecord> stop(String executionArn, String error, String cause) {
    return describe(executionArn)
        .flatMap(execution -> catalog.engine().stop(executionArn, error, cause));
  }

  /** RedriveExecution; a client token used again answers its earlier redrive. */
  Result<ExecutionRecord> redrive(String executionArn, String clientToken) {
    return describe(executionArn)
        .flatMap(
            execution -> {
              var earlier = redriveTokens.answered(executionArn, clientToken, catalog.now());
              if (earlier.isPresent()) {
                return Result.ok(earlier.get());
              }
              var redriven = catalog.engine().redrive(executionArn);
              if (redriven.isOk()) {
                redriveTokens.remember(executionArn, clientToken, redriven.value(), catalog.now());
              }
              return redriven;
            });
  }

  Result<Page<ExecutionRecord>> list(ExecutionQuery query) {
    var source = query.source();
    return StatesArn.machineOrQualified(source)
        .flatMap(this::listedMachine)
        .flatMap(
            machine ->
                machine.type() == MachineType.EXPRESS
                    ? Result.err(WorkflowFailures.typeNotSupported())
                    : Paging.size(query.page()))
        .flatMap(
            size ->
                PageTokens.number("executions", query.page().nextToken())
                    .map(
                        offset -> {
                          int skip = offset == null ? 0 : offset.intValue();
                          var rows =
                              catalog
                                  .store()
                                  .listExecutions(source, query.status(), skip, size + 1);
                          return Paging.of(
                              rows, size, "executions", e -> Integer.toString(skip + size));
                        }));
  }

  /** The machine whose executions are listed: of the machine, version or alias named. */
  private Result<MachineRecord> listedMachine(StatesArn arn) {
    if (arn.alias()) {
      return catalog.store().findAlias(arn.raw()).isPresent()
          ? machines.existing(arn.machineArn(), arn.raw())
          : Result.err(WorkflowFailures.aliasMissing(arn.raw()));
    }
    return machines.existing(arn.raw(), arn.raw());
  }

  Result<Page<HistoryEvent>> history(HistoryQuery query) {
    var arn = query.executionArn();
    return describe(arn)
        .flatMap(execution -> Paging.size(query.page()))
        .flatMap(
            size ->
                PageTokens.number("history", query.page().nextToken())
                    .map(at -> history(query, at, size)));
  }

  private Page<HistoryEvent> history(HistoryQuery query, Long at, int size) {
    var store = catalog.store();
    List<HistoryEvent> rows =
        query.reverse()
            ? store.historyReversed(
                query.executionArn(), at == null ? Long.MAX_VALUE : at, size + 1)
            : store.history(query.executionArn(), at == null ? 0 : at, size + 1);
    var page = Paging.of(rows, size, "history", e -> Long.toString(e.id()));
    return query.includeData()
        ? page
        : new Page<>(
            page.items().stream().map(HistoryData::withoutData).toList(), page.nextToken());
  }

  Result<MachineRecord> forExecution(String executionArn) {
    return describe(executionArn).map(this::machineOf);
  }

  private MachineRecord machineOf(ExecutionRecord e) {
    var current =
        catalog
            .store()
            .findMachine(e.versionArn() != null ? e.versionArn() : e.machineArn())
            .orElse(null);
    var name = e.machineArn().substring(e.machineArn().lastIndexOf(':') + 1);
    return new MachineRecord(
        e.machineArn(),
        name,
        e.type(),
        e.definition(),
        e.roleArn(),
        null,
        current == null ? e.started() : current.created(),
        current == null ? null : current.revisionId(),
        current == null ? null : current.loggingConfiguration(),
        current == null ? null : current.tracingConfiguration(),
        null,
        false);
  }
}
