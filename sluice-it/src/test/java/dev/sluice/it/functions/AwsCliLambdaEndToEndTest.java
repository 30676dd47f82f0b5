package dev.sluice.it.functions;

import dev.sluice.it.support.E2eScripts;
import dev.sluice.junit.SluiceExtension;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Runs src/test/e2e/lambda_cli.sh: the real AWS CLI creates, invokes and tails a function. */
@ExtendWith(SluiceExtension.class)
class AwsCliLambdaEndToEndTest {

  @Test
  void theAwsCliCreatesInvokesAndTailsAFunction(URI endpoint) throws Exception {
    E2eScripts.runAwsCli(endpoint, "lambda_cli.sh");
  }
}
