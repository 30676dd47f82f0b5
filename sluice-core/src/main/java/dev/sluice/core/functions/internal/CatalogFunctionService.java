package dev.sluice.core.functions.internal;

import dev.sluice.core.events.EventConsumer;
import dev.sluice.core.events.EventSignal;
import dev.sluice.core.functions.AccountSettings;
import dev.sluice.core.functions.AliasInput;
import dev.sluice.core.functions.AliasView;
import dev.sluice.core.functions.CodeBundle;
import dev.sluice.core.functions.CodeObjects;
import dev.sluice.core.functions.ConfigurationChange;
import dev.sluice.core.functions.CreateFunctionInput;
import dev.sluice.core.functions.EventInvokeConfigInput;
import dev.sluice.core.functions.EventInvokeConfigView;
import dev.sluice.core.functions.FunctionCaller;
import dev.sluice.core.functions.FunctionCatalog;
import dev.sluice.core.functions.FunctionConfig;
import dev.sluice.core.functions.FunctionRuntime;
import dev.sluice.core.functions.FunctionService;
import dev.sluice.core.functions.FunctionView;
import dev.sluice.core.functions.InvokeInput;
import dev.sluice.core.functions.InvokeResult;
import dev.sluice.core.functions.Page;
import dev.sluice.core.functions.PermissionInput;
import dev.sluice.core.functions.PolicyView;
import dev.sluice.core.functions.UpdateCodeInput;
import dev.sluice.core.objects.BlobStore;
import dev.sluice.core.result.Result;
import dev.sluice.core.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * The functions service on a {@link FunctionCatalog}, packages in a {@link BlobStore}, code run by
 * a {@link FunctionRuntime}. Each operation family lives in its own class; this one connects them.
 */
public final class CatalogFunctionService implements FunctionService {
  private final FunctionCatalog catalog;
  private final CodePackages packages;
  private final Mutations mutations;
  private final FunctionLifecycle lifecycle;
  private final AliasOperations aliases;
  private final PolicyOperations policies;
  private final ConcurrencyOperations concurrency;
  private final EventInvokeConfigOperations eventConfigs;
  private final TagOperations tags;
  private final Invoker invoker;
  private final AsyncInvocations async;

  public CatalogFunctionService(
      FunctionCatalog catalog,
      BlobStore blobs,
      CodeObjects codeObjects,
      FunctionRuntime runtime,
      Clock clock,
      EventSignal signal) {
    this.catalog = catalog;
    this.packages = new CodePackages(blobs, codeObjects);
    this.mutations = new Mutations(catalog, packages, runtime);
    this.lifecycle = new FunctionLifecycle(catalog, packages, mutations, clock);
    this.aliases = new AliasOperations(mutations);
    this.policies = new PolicyOperations(mutations);
    this.concurrency = new ConcurrencyOperations(catalog, mutations);
    this.eventConfigs = new EventInvokeConfigOperations(mutations, clock);
    this.tags = new TagOperations(mutations);
    var specs = new InstanceSpecs(packages);
    var gate = new ConcurrencyGate();
    this.invoker = new Invoker(catalog, mutations, runtime, specs, gate, signal);
    this.async = new AsyncInvocations(catalog, runtime, specs, gate, clock, signal);
  }

  /** The consumer of service {@code lambda}'s outbox events, for the dispatcher. */
  public EventConsumer eventConsumer() {
    return async;
  }

  @Override
  public Result<FunctionConfig> createFunction(FunctionCaller caller, CreateFunctionInput input) {
    return lifecycle.create(caller, input);
  }

  @Override
  public Result<FunctionView> getFunction(
      FunctionCaller caller, String functionName, String qualifier) {
    return lifecycle.get(caller, functionName, qualifier);
  }

  @Override
  public Result<Page<FunctionConfig>> listFunctions(
      FunctionCaller caller, boolean allVersions, String marker, Integer maxItems) {
    return Result.ok(lifecycle.list(allVersions, marker, maxItems));
  }

  @Override
  public Result<FunctionConfig> updateFunctionCode(FunctionCaller caller, UpdateCodeInput input) {
    return lifecycle.updateCode(caller, input);
  }

  @Override
  public Result<FunctionConfig> updateFunctionConfiguration(
      FunctionCaller caller, String functionName, ConfigurationChange change, String revisionId) {
    return lifecycle.updateConfiguration(caller, functionName, change, revisionId);
  }

  @Override
  public Result<Void> deleteFunction(FunctionCaller caller, String functionName, String qualifier) {
    return lifecycle.delete(caller, functionName, qualifier);
  }

  @Override
  public Result<FunctionConfig> publishVersion(
      FunctionCaller caller,
      String functionName,
      String codeSha256,
      String description,
      String revisionId) {
    return mutations.apply(
        caller,
        functionName,
        function -> {
          var latest = function.latest();
          var current = CodePackages.base64(latest.codeSha256());
          if (codeSha256 != null && !codeSha256.equals(current)) {
            return Result.err(
                LambdaFailures.invalidParameter(
                    "CodeSHA256 ("
                        + codeSha256
                        + ") is different from current CodeSHA256 in $LATEST ("
                        + current
                        + "). Please try again with the CodeSHA256 in $LATEST."));
          }
          if (FunctionLifecycle.staleRevision(function, revisionId)) {
            return Result.err(LambdaFailures.staleRevision());
          }
          return Result.ok(Versions.publish(function, description));
        });
  }

  @Override
  public Result<Page<FunctionConfig>> listVersions(
      FunctionCaller caller, String functionName, String marker, Integer maxItems) {
    return mutations
        .read(caller, functionName)
        .map(
            function -> {
              var all = new java.util.ArrayList<FunctionConfig>();
              all.add(function.latest());
              all.addAll(function.versions());
              return Paging.page(all, FunctionConfig::version, marker, maxItems);
            });
  }

  @Override
  public Result<AliasView> createAlias(FunctionCaller caller, AliasInput input) {
    return aliases.create(caller, input);
  }

  @Override
  public Result<AliasView> getAlias(FunctionCaller caller, String functionName, String aliasName) {
    return aliases.get(caller, functionName, aliasName);
  }

  @Override
  public Result<AliasView> updateAlias(FunctionCaller caller, AliasInput input) {
    return aliases.update(caller, input);
  }

  @Override
  public Result<Void> deleteAlias(FunctionCaller caller, String functionName, String aliasName) {
    return aliases.delete(caller, functionName, aliasName);
  }

  @Override
  public Result<Page<AliasView>> listAliases(
      FunctionCaller caller,
      String functionName,
      String functionVersion,
      String marker,
      Integer maxItems) {
    return aliases.list(caller, functionName, functionVersion, marker, maxItems);
  }

  @Override
  public Result<String> addPermission(FunctionCaller caller, PermissionInput input) {
    return policies.add(caller, input);
  }

  @Override
  public Result<Void> removePermission(
      FunctionCaller caller,
      String functionName,
      String qualifier,
      String statementId,
      String revisionId) {
    return policies.remove(caller, functionName, qualifier, statementId, revisionId);
  }

  @Override
  public Result<PolicyView> getPolicy(
      FunctionCaller caller, String functionName, String qualifier) {
    return policies.get(caller, functionName, qualifier);
  }

  @Override
  public Result<Integer> putFunctionConcurrency(
      FunctionCaller caller, String functionName, int reservedConcurrentExecutions) {
    return concurrency.put(caller, functionName, reservedConcurrentExecutions);
  }

  @Override
  public Result<Integer> getFunctionConcurrency(FunctionCaller caller, String functionName) {
    return concurrency.get(caller, functionName);
  }

  @Override
  public Result<Void> deleteFunctionConcurrency(FunctionCaller caller, String functionName) {
    return concurrency.delete(caller, functionName);
  }

  @Override
  public Result<EventInvokeConfigView> putEventInvokeConfig(
      FunctionCaller caller, EventInvokeConfigInput input) {
    return eventConfigs.put(caller, input, false);
  }

  @Override
  public Result<EventInvokeConfigView> updateEventInvokeConfig(
      FunctionCaller caller, EventInvokeConfigInput input) {
    return eventConfigs.put(caller, input, true);
  }

  @Override
  public Result<EventInvokeConfigView> getEventInvokeConfig(
      FunctionCaller caller, String functionName, String qualifier) {
    return eventConfigs.get(caller, functionName, qualifier);
  }

  @Override
  public Result<Void> deleteEventInvokeConfig(
      FunctionCaller caller, String functionName, String qualifier) {
    return eventConfigs.delete(caller, functionName, qualifier);
  }

  @Override
  public Result<Page<EventInvokeConfigView>> listEventInvokeConfigs(
      FunctionCaller caller, String functionName, String marker, Integer maxItems) {
    return eventConfigs.list(caller, functionName, marker, maxItems);
  }

  @Override
  public Result<Void> tagResource(
      FunctionCaller caller, String resourceArn, Map<String, String> newTags) {
    return tags.tag(caller, resourceArn, newTags);
  }

  @Override
  public Result<Void> untagResource(
      FunctionCaller caller, String resourceArn, List<String> tagKeys) {
    return tags.untag(caller, resourceArn, tagKeys);
  }

  @Override
  public Result<Map<String, String>> listTags(FunctionCaller caller, String resourceArn) {
    return tags.list(caller, resourceArn);
  }

  @Override
  public AccountSettings accountSettings(FunctionCaller caller) {
    return concurrency.accountSettings();
  }

  @Override
  public Result<InvokeResult> invoke(FunctionCaller caller, InvokeInput input) {
    return invoker.invoke(caller, input);
  }

  @Override
  public Result<CodeBundle> code(String functionName, String sha256Hex) {
    var function = catalog.find(functionName);
    var notFound = LambdaFailures.notFound("The resource you requested does not exist.");
    if (function.isEmpty()) {
      return Result.err(notFound);
    }
    var record = function.get().function();
    var configs = new java.util.ArrayList<FunctionConfig>(record.versions());
    configs.add(record.latest());
    return configs.stream()
        .filter(c -> c.codeSha256().equals(sha256Hex))
        .findFirst()
        .<Result<CodeBundle>>map(c -> Result.ok(packages.bundle(c)))
        .orElse(Result.err(notFound));
  }

  @Override
  public boolean exists(String functionArn) {
    var parsed = FunctionRef.parse(functionArn, null);
    if (!parsed.isOk()) {
      return false;
    }
    var ref = parsed.value();
    return catalog
        .find(ref.name())
        .map(
            stored ->
                ref.qualifier() == null
                    || stored.function().alias(ref.qualifier()).isPresent()
                    || stored.function().version(ref.qualifier()).isPresent())
        .orElse(false);
  }
}
