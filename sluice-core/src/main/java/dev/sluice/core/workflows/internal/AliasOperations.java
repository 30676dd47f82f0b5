package dev.sluice.core.workflows.internal;

import dev.sluice.core.result.Result;
import dev.sluice.core.workflows.AliasRecord;
import dev.sluice.core.workflows.AliasUpdate;
import dev.sluice.core.workflows.NewAlias;
import dev.sluice.core.workflows.Page;
import dev.sluice.core.workflows.PageRequest;
import java.util.Objects;
import java.util.regex.Pattern;

/** Create, Describe, Update, Delete and ListStateMachineAliases. */
final class AliasOperations {
  private static final Pattern NAME = Pattern.compile("^(?=.*[a-zA-Z_\\-\\.])[a-zA-Z0-9_\\-\\.]+$");

  private final Catalog catalog;
  private final Machines machines;

  AliasOperations(Catalog catalog, Machines machines) {
    this.catalog = catalog;
    this.machines = machines;
  }

  Result<AliasRecord> create(NewAlias input) {
    if (input.name() == null || !NAME.matcher(input.name()).matches()) {
      return Result.err(
          WorkflowFailures.constraint(
              input.name(),
              "name",
              "Member must satisfy regular expression pattern: " + NAME.pattern()));
    }
    return AliasRouting.check(input.routing())
        .flatMap(machineArn -> routedVersionsExist(input.routing(), machineArn))
        .flatMap(machines::active)
        .flatMap(machine -> create(machine.arn() + ":" + input.name(), machine.arn(), input));
  }

  private Result<AliasRecord> create(String arn, String machineArn, NewAlias input) {
    var now = catalog.now();
    var alias =
        new AliasRecord(
            arn, input.name(), machineArn, input.description(), input.routing(), now, now);
    if (catalog.store().insertAlias(alias)) {
      return Result.ok(alias);
    }
    return catalog
        .store()
        .findAlias(arn)
        .filter(
            existing ->
                existing.routing().equals(input.routing())
                    && Objects.equals(existing.description(), input.description()))
        .<Result<AliasRecord>>map(Result::ok)
        .orElseGet(
            () ->
                Result.err(
                    WorkflowFailures.conflict(
                        "Failed to create alias because an alias with the same name and a"
                            + " different routing configuration already exists.")));
  }

  private Result<String> routedVersionsExist(java.util.List<AliasRecord.Route> routes, String m) {
    for (var route : routes) {
      if (machines.find(route.versionArn()).isEmpty()) {
        return Result.err(WorkflowFailures.notFound(route.versionArn()));
      }
    }
    return Result.ok(m);
  }

  Result<AliasRecord> describe(String aliasArn) {
    return aliasArn(aliasArn).flatMap(arn -> existing(aliasArn));
  }

  private Result<AliasRecord> existing(String aliasArn) {
    return catalog
        .store()
        .findAlias(aliasArn)
        .filter(alias -> machines.find(alias.machineArn()).isPresent())
        .<Result<AliasRecord>>map(Result::ok)
        .orElseGet(() -> Result.err(WorkflowFailures.aliasMissing(aliasArn)));
  }

  Result<AliasRecord> update(AliasUpdate update) {
    return aliasArn(update.aliasArn())
        .flatMap(arn -> existing(update.aliasArn()))
        .flatMap(alias -> update(alias, update));
  }

  private Result<AliasRecord> update(AliasRecord alias, AliasUpdate update) {
    if (update.routing() != null) {
      var checked =
          AliasRouting.check(update.routing())
              .flatMap(
                  machineArn ->
                      machineArn.equals(alias.machineArn())
                          ? routedVersionsExist(update.routing(), machineArn)
                          : Result.err(
                              WorkflowFailures.validation(
                                  "Routing configuration must contain versions of the alias's"
                                      + " state machine.")));
      if (!checked.isOk()) {
        return Result.err(checked.failure());
      }
    }
    var changed =
        new AliasRecord(
            alias.arn(),
            alias.name(),
            alias.machineArn(),
            update.description() == null ? alias.description() : update.description(),
            update.routing() == null ? alias.routing() : update.routing(),
            alias.created(),
            catalog.now());
    return catalog.store().replaceAlias(changed)
        ? Result.ok(changed)
        : Result.err(WorkflowFailures.aliasMissing(alias.arn()));
  }

  Result<Void> delete(String aliasArn) {
    return aliasArn(aliasArn)
        .map(
            arn -> {
              catalog.store().deleteAlias(aliasArn);
              return null;
            });
  }

  Result<Page<AliasRecord>> list(String machineArn, PageRequest page) {
    return StatesArn.machine(machineArn)
        .flatMap(arn -> machines.active(machineArn))
        .flatMap(machine -> Paging.size(page))
        .flatMap(
            size ->
                PageTokens.position("aliases", page.nextToken())
                    .map(
                        after ->
                            Paging.of(
                                catalog.store().listAliases(machineArn, after, size + 1),
                                size,
                                "aliases",
                                AliasRecord::arn)));
  }

  private static Result<StatesArn> aliasArn(String raw) {
    return StatesArn.machineOrQualified(raw)
        .flatMap(arn -> arn.alias() ? Result.ok(arn) : Result.err(WorkflowFailures.arn(raw)));
  }
}
