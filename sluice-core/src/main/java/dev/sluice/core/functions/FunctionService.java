package dev.sluice.core.functions;

import dev.sluice.core.result.Result;
import java.util.List;
import java.util.Map;

/**
 * Lambda's control plane and Invoke. Function names may be given as Lambda accepts them: a name, a
 * partial ARN ({@code 123456789012:function:name}) or a full ARN, each optionally qualified.
 * Failures carry Lambda's error codes and messages.
 */
public interface FunctionService {

  Result<FunctionConfig> createFunction(FunctionCaller caller, CreateFunctionInput input);

  /** The function, with {@code qualifier} (or the name's own) resolved to its version. */
  Result<FunctionView> getFunction(FunctionCaller caller, String functionName, String qualifier);

  /** ListFunctions: {@code $LATEST} of each, or every version when {@code allVersions}. */
  Result<Page<FunctionConfig>> listFunctions(
      FunctionCaller caller, boolean allVersions, String marker, Integer maxItems);

  Result<FunctionConfig> updateFunctionCode(FunctionCaller caller, UpdateCodeInput input);

  Result<FunctionConfig> updateFunctionConfiguration(
      FunctionCaller caller, String functionName, ConfigurationChange change, String revisionId);

  /** Deletes the function, or one published version when {@code qualifier} names it. */
  Result<Void> deleteFunction(FunctionCaller caller, String functionName, String qualifier);

  Result<FunctionConfig> publishVersion(
      FunctionCaller caller,
      String functionName,
      String codeSha256,
      String description,
      String revisionId);

  Result<Page<FunctionConfig>> listVersions(
      FunctionCaller caller, String functionName, String marker, Integer maxItems);

  Result<AliasView> createAlias(FunctionCaller caller, AliasInput input);

  Result<AliasView> getAlias(FunctionCaller caller, String functionName, String aliasName);

  Result<AliasView> updateAlias(FunctionCaller caller, AliasInput input);

  Result<Void> deleteAlias(FunctionCaller caller, String functionName, String aliasName);

  Result<Page<AliasView>> listAliases(
      FunctionCaller caller,
      String functionName,
      String functionVersion,
      String marker,
      Integer maxItems);

  /** Adds a statement; answers the statement as Lambda renders it (JSON). */
  Result<String> addPermission(FunctionCaller caller, PermissionInput input);

  Result<Void> removePermission(
      FunctionCaller caller,
      String functionName,
      String qualifier,
      String statementId,
      String revisionId);

  /** The resource policy as Lambda renders it (JSON) and its revision. */
  Result<PolicyView> getPolicy(FunctionCaller caller, String functionName, String qualifier);

  Result<Integer> putFunctionConcurrency(
      FunctionCaller caller, String functionName, int reservedConcurrentExecutions);

  /** The reserved concurrency, null when none is reserved. */
  Result<Integer> getFunctionConcurrency(FunctionCaller caller, String functionName);

  Result<Void> deleteFunctionConcurrency(FunctionCaller caller, String functionName);

  Result<EventInvokeConfigView> putEventInvokeConfig(
      FunctionCaller caller, EventInvokeConfigInput input);

  Result<EventInvokeConfigView> updateEventInvokeConfig(
      FunctionCaller caller, EventInvokeConfigInput input);

  Result<EventInvokeConfigView> getEventInvokeConfig(
      FunctionCaller caller, String functionName, String qualifier);

  Result<Void> deleteEventInvokeConfig(
      FunctionCaller caller, String functionName, String qualifier);

  Result<Page<EventInvokeConfigView>> listEventInvokeConfigs(
      FunctionCaller caller, String functionName, String marker, Integer maxItems);

  /** TagResource; {@code resourceArn} is a function ARN. */
  Result<Void> tagResource(FunctionCaller caller, String resourceArn, Map<String, String> tags);

  Result<Void> untagResource(FunctionCaller caller, String resourceArn, List<String> tagKeys);

  Result<Map<String, String>> listTags(FunctionCaller caller, String resourceArn);

  AccountSettings accountSettings(FunctionCaller caller);

  Result<InvokeResult> invoke(FunctionCaller caller, InvokeInput input);

  /** The deployment package of the function with this SHA-256 (hex), for Code.Location. */
  Result<CodeBundle> code(String functionName, String sha256Hex);

  /** Whether the function (name or ARN, qualified or not) exists, for S3's target check. */
  boolean exists(String functionArn);
}
