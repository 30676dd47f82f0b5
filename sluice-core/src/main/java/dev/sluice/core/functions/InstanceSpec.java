package dev.sluice.core.functions;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What an instance of one function version runs: instances with equal specs are interchangeable (a
 * warm one is reused), so a spec changes whenever the code or configuration does.
 *
 * @param functionName the function's name, e.g. {@code LambdaDP}
 * @param functionArn the qualified ARN of the version, e.g. {@code
 *     arn:aws:lambda:us-east-1:000000000000:function:LambdaDP:$LATEST}
 * @param version {@code $LATEST} or a published version number
 * @param runtime Lambda's runtime identifier, e.g. {@code nodejs20.x}, {@code python3.12}, {@code
 *     java21}, {@code provided.al2023}
 * @param handler the handler setting, e.g. {@code index.handler}, {@code app.main}, {@code
 *     com.example.Handler::handleRequest} (unused for {@code provided})
 * @param memoryMb the configured memory, reported to the function and in REPORT lines
 * @param timeout after this long an invocation fails with "Task timed out" and the instance is
 *     killed
 * @param environment the function's own environment variables (the runtime adds Lambda's)
 * @param code the deployment package (a zip, or a jar for Java)
 * @param layers the layers' packages, in order, extracted under {@code /opt}'s stand-in
 * @param logGroup the log group, {@code /aws/lambda/<name>}
 * @param region the region of the function's ARN
 * @param accountId the account of the function's ARN
 */
public record InstanceSpec(
    String functionName,
    String functionArn,
    String version,
    String runtime,
    String handler,
    int memoryMb,
    Duration timeout,
    Map<String, String> environment,
    CodeBundle code,
    List<CodeBundle> layers,
    String logGroup,
    String region,
    String accountId) {

  public InstanceSpec {
    environment = Map.copyOf(environment);
    layers = List.copyOf(layers);
  }
}
