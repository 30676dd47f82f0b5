package dev.sluice.core.functions;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Everything Lambda keeps about one function: {@code $LATEST}, the published versions, aliases, the
 * resource policy, reserved concurrency, event invoke configs and tags. Stored as one unit.
 *
 * @param region the region of its ARNs
 * @param account the account of its ARNs
 * @param lastVersion the highest version number ever published (numbers are never reused)
 * @param reservedConcurrency null when none is reserved
 * @param policyRevisionId the revision of the resource policy
 */
public record FunctionRecord(
    String name,
    String region,
    String account,
    FunctionConfig latest,
    List<FunctionConfig> versions,
    long lastVersion,
    List<FunctionAlias> aliases,
    List<PolicyStatement> policy,
    String policyRevisionId,
    Integer reservedConcurrency,
    List<EventInvokeConfig> eventInvokeConfigs,
    Map<String, String> tags) {

  public FunctionRecord {
    versions = List.copyOf(versions);
    aliases = List.copyOf(aliases);
    policy = List.copyOf(policy);
    eventInvokeConfigs = List.copyOf(eventInvokeConfigs);
    tags = Map.copyOf(tags);
  }

  /** The unqualified ARN. */
  public String arn() {
    return FunctionArns.function(region, account, name);
  }

  /** {@code $LATEST} or a published version. */
  public Optional<FunctionConfig> version(String version) {
    if (FunctionArns.LATEST.equals(version)) {
      return Optional.of(latest);
    }
    return versions.stream().filter(v -> v.version().equals(version)).findFirst();
  }

  public Optional<FunctionAlias> alias(String aliasName) {
    return aliases.stream().filter(a -> a.name().equals(aliasName)).findFirst();
  }

  public Optional<EventInvokeConfig> eventInvokeConfig(String qualifier) {
    return eventInvokeConfigs.stream().filter(c -> c.qualifier().equals(qualifier)).findFirst();
  }

  public FunctionRecord withLatest(FunctionConfig config) {
    return with(d -> d.latest = config);
  }

  public FunctionRecord withVersions(List<FunctionConfig> newVersions, long newLastVersion) {
    return with(
        d -> {
          d.versions = newVersions;
          d.lastVersion = newLastVersion;
        });
  }

  public FunctionRecord withAliases(List<FunctionAlias> newAliases) {
    return with(d -> d.aliases = newAliases);
  }

  public FunctionRecord withPolicy(List<PolicyStatement> newPolicy, String newRevisionId) {
    return with(
        d -> {
          d.policy = newPolicy;
          d.policyRevisionId = newRevisionId;
        });
  }

  public FunctionRecord withReservedConcurrency(Integer reserved) {
    return with(d -> d.reservedConcurrency = reserved);
  }

  public FunctionRecord withEventInvokeConfigs(List<EventInvokeConfig> configs) {
    return with(d -> d.eventInvokeConfigs = configs);
  }

  public FunctionRecord withTags(Map<String, String> newTags) {
    return with(d -> d.tags = newTags);
  }

  /** A copy of this record with the fields {@code change} sets replaced. */
  private FunctionRecord with(Consumer<Draft> change) {
    Draft draft = new Draft(this);
    change.accept(draft);
    return draft.build();
  }

  /** The mutable fields of a record being copied; everything else is kept as is. */
  private static final class Draft {
    private final FunctionRecord source;
    FunctionConfig latest;
    List<FunctionConfig> versions;
    long lastVersion;
    List<FunctionAlias> aliases;
    List<PolicyStatement> policy;
    String policyRevisionId;
    Integer reservedConcurrency;
    List<EventInvokeConfig> eventInvokeConfigs;
    Map<String, String> tags;

    Draft(FunctionRecord source) {
      this.source = source;
      latest = source.latest;
      versions = source.versions;
      lastVersion = source.lastVersion;
      aliases = source.aliases;
      policy = source.policy;
      policyRevisionId = source.policyRevisionId;
      reservedConcurrency = source.reservedConcurrency;
      eventInvokeConfigs = source.eventInvokeConfigs;
      tags = source.tags;
    }

    FunctionRecord build() {
      return new FunctionRecord(
          source.name,
          source.region,
          source.account,
          latest,
          versions,
          lastVersion,
          aliases,
          policy,
          policyRevisionId,
          reservedConcurrency,
          eventInvokeConfigs,
          tags);
    }
  }
}
