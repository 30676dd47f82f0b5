package dev.sluice.it.s3;

import dev.sluice.it.support.E2eScripts;
import dev.sluice.junit.SluiceExtension;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Runs the end-to-end scripts in src/test/e2e with the real AWS CLI and boto3. */
@ExtendWith(SluiceExtension.class)
class AwsCliAndBoto3EndToEndTest {

  @Test
  void theAwsCliDrivesS3EndToEnd(URI endpoint) throws Exception {
    E2eScripts.runAwsCli(endpoint, "s3_cli.sh");
  }

  @Test
  void boto3DrivesS3EndToEnd(URI endpoint) throws Exception {
    E2eScripts.runBoto3(endpoint, "s3_boto3.py");
  }
}
