package dev.sluice.core.functions;

import java.util.List;
import java.util.Map;
import java.util.Optional;

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
    return new FunctionRecord(
        name,
        region,
        account,
        config,
        versions,
        lastVersion,
        aliases,
        policy,
        policyRevisionId,
        reservedConcurrency,
        eventInvokeConfigs,
        tags);
  }

  public FunctionRecord withVersions(List<FunctionConfig> newVersions, long newLastVersion) {
    return new FunctionRecord(
        name,
        region,
        account,
        latest,
        newVersions,
        newLastVersion,
        aliases,
        policy,
        policyRevisionId,
        reservedConcurrency,
        eventInvokeConfigs,
        tags);
  }

  public FunctionRecord withAliases(List<FunctionAlias> newAliases) {
    return new FunctionRecord(
        name,
        region,
        account,
        latest,
        versions,
        lastVersion,
        newAliases,
        policy,
        policyRevisionId,
        reservedConcurrency,
        eventInvokeConfigs,
        tags);
  }

  public FunctionRecord withPolicy(List<PolicyStatement> newPolicy, String newRevisionId) {
    return new FunctionRecord(
        name,
        region,
        account,
        latest,
        versions,
        lastVersion,
        aliases,
        newPolicy,
        newRevisionId,
        reservedConcurrency,
        eventInvokeConfigs,
        tags);
  }

  public FunctionRecord withReservedConcurrency(Integer reserved) {
    return new FunctionRecord(
        name,
        region,
        account,
        latest,
        versions,
        lastVersion,
        aliases,
        policy,
        policyRevisionId,
        reserved,
        eventInvokeConfigs,
        tags);
  }

  public FunctionRecord withEventInvokeConfigs(List<EventInvokeConfig> configs) {
    return new FunctionRecord(
        name,
        region,
        account,
        latest,
        versions,
        lastVersion,
        aliases,
        policy,
        policyRevisionId,
        reservedConcurrency,
        configs,
        tags);
  }

  public FunctionRecord withTags(Map<String, String> newTags) {
    return new FunctionRecord(
        name,
        region,
        account,
        latest,
        versions,
        lastVersion,
        aliases,
        policy,
        policyRevisionId,
        reservedConcurrency,
        eventInvokeConfigs,
        newTags);
  }
}
