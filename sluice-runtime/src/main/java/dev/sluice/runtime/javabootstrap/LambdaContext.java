package dev.sluice.runtime.javabootstrap;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import java.nio.charset.StandardCharsets;

/** The {@link Context} of one invocation, from the Runtime API's headers and the environment. */
final class LambdaContext implements Context {

  private static final LambdaLogger LOGGER =
      new LambdaLogger() {
        @Override
        public void log(String message) {
          System.out.print(message);
          System.out.flush();
        }

        @Override
        public void log(byte[] message) {
          log(new String(message, StandardCharsets.UTF_8));
        }
      };

  private final RuntimeApiClient.Next next;

  LambdaContext(RuntimeApiClient.Next next) {
    this.next = next;
  }

  @Override
  public String getAwsRequestId() {
    return next.requestId();
  }

  @Override
  public String getLogGroupName() {
    return System.getenv("AWS_LAMBDA_LOG_GROUP_NAME");
  }

  @Override
  public String getLogStreamName() {
    return System.getenv("AWS_LAMBDA_LOG_STREAM_NAME");
  }

  @Override
  public String getFunctionName() {
    return System.getenv("AWS_LAMBDA_FUNCTION_NAME");
  }

  @Override
  public String getFunctionVersion() {
    return System.getenv("AWS_LAMBDA_FUNCTION_VERSION");
  }

  @Override
  public String getInvokedFunctionArn() {
    return next.functionArn();
  }

  @Override
  public CognitoIdentity getIdentity() {
    return null;
  }

  @Override
  public ClientContext getClientContext() {
    return null;
  }

  @Override
  public int getRemainingTimeInMillis() {
    return (int) Math.max(next.deadlineMs() - System.currentTimeMillis(), 0);
  }

  @Override
  public int getMemoryLimitInMB() {
    return Integer.parseInt(System.getenv().getOrDefault("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "128"));
  }

  @Override
  public LambdaLogger getLogger() {
    return LOGGER;
  }

  @Override
  public String getXrayTraceId() {
    return next.traceId();
  }
}
