package dev.sluice.aws.lambda.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.aws.http.HttpResponse;
import dev.sluice.core.functions.AliasView;
import dev.sluice.core.functions.EventInvokeConfigView;
import dev.sluice.core.functions.FunctionArns;
import dev.sluice.core.functions.FunctionCaller;
import dev.sluice.core.functions.FunctionConfig;
import java.math.BigDecimal;
import java.util.Map;

/** Lambda's response shapes: FunctionConfiguration, AliasConfiguration, EventInvokeConfig. */
public final class LambdaJson {
  public static final ObjectMapper JSON = new ObjectMapper();

  private LambdaJson() {}

  public static ObjectNode object() {
    return JSON.createObjectNode();
  }

  public static HttpResponse json(int status, JsonNode body) {
    try {
      return HttpResponse.bytes(status, "application/json", JSON.writeValueAsBytes(body));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serialises", e);
    }
  }

  public static HttpResponse empty(int status) {
    return HttpResponse.empty(status);
  }

  /**
   * A version's FunctionConfiguration. {@code $LATEST} has the unqualified ARN unless {@code
   * qualifyLatest} (ListVersionsByFunction); published versions have their qualified ARN.
   */
  public static ObjectNode configuration(
      FunctionCaller caller, FunctionConfig c, boolean qualifyLatest) {
    var node = object();
    var arn = FunctionArns.function(caller.region(), caller.account(), c.name());
    boolean latest = FunctionArns.LATEST.equals(c.version());
    node.put("FunctionName", c.name());
    node.put("FunctionArn", latest && !qualifyLatest ? arn : arn + ":" + c.version());
    node.put("Runtime", c.runtime());
    node.put("Role", c.role());
    node.put("Handler", c.handler());
    node.put("CodeSize", c.codeSize());
    node.put("Description", c.description());
    node.put("Timeout", c.timeout());
    node.put("MemorySize", c.memorySize());
    node.put("LastModified", c.lastModified());
    node.put("CodeSha256", c.codeSha256Base64());
    node.put("Version", c.version());
    if (!c.environment().isEmpty()) {
      var variables = node.putObject("Environment").putObject("Variables");
      c.environment().forEach(variables::put);
    }
    if (c.deadLetterTargetArn() != null) {
      node.putObject("DeadLetterConfig").put("TargetArn", c.deadLetterTargetArn());
    }
    node.putObject("TracingConfig").put("Mode", "PassThrough");
    node.put("RevisionId", c.revisionId());
    if (!c.layers().isEmpty()) {
      var layers = node.putArray("Layers");
      c.layers().forEach(l -> layers.addObject().put("Arn", l).put("CodeSize", 0));
    }
    node.put("State", "Active");
    node.put("LastUpdateStatus", "Successful");
    node.put("PackageType", c.packageType());
    node.putArray("Architectures").add("x86_64");
    node.putObject("EphemeralStorage").put("Size", 512);
    node.putObject("SnapStart").put("ApplyOn", "None").put("OptimizationStatus", "Off");
    node.putObject("LoggingConfig")
        .put("LogFormat", "Text")
        .put("LogGroup", "/aws/lambda/" + c.name());
    return node;
  }

  public static ObjectNode alias(AliasView view) {
    var alias = view.alias();
    var node = object();
    node.put("AliasArn", view.aliasArn());
    node.put("Name", alias.name());
    node.put("FunctionVersion", alias.functionVersion());
    node.put("Description", alias.description());
    if (!alias.weights().isEmpty()) {
      var weights = node.putObject("RoutingConfig").putObject("AdditionalVersionWeights");
      alias.weights().forEach(weights::put);
    }
    node.put("RevisionId", alias.revisionId());
    return node;
  }

  public static ObjectNode eventInvokeConfig(EventInvokeConfigView view) {
    var config = view.config();
    var node = object();
    node.put("LastModified", BigDecimal.valueOf(config.lastModifiedMillis()).movePointLeft(3));
    node.put("FunctionArn", view.functionArn());
    if (config.maximumRetryAttempts() != null) {
      node.put("MaximumRetryAttempts", config.maximumRetryAttempts());
    }
    if (config.maximumEventAgeInSeconds() != null) {
      node.put("MaximumEventAgeInSeconds", config.maximumEventAgeInSeconds());
    }
    var destinations = node.putObject("DestinationConfig");
    if (config.onSuccess() != null) {
      destinations.putObject("OnSuccess").put("Destination", config.onSuccess());
    } else {
      destinations.putObject("OnSuccess");
    }
    if (config.onFailure() != null) {
      destinations.putObject("OnFailure").put("Destination", config.onFailure());
    } else {
      destinations.putObject("OnFailure");
    }
    return node;
  }

  public static ObjectNode tags(Map<String, String> tags) {
    var node = object();
    tags.forEach(node::put);
    return node;
  }
}
