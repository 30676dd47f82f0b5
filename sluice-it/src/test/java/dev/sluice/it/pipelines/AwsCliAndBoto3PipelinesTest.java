package dev.sluice.it.pipelines;

import dev.sluice.it.support.E2eScripts;
import dev.sluice.junit.SluiceExtension;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs src/test/e2e/pipelines_cli.sh and pipelines_boto3.py: the real AWS CLI and boto3 create,
 * define, activate, watch, query and delete pipelines.
 */
@ExtendWith(SluiceExtension.class)
class AwsCliAndBoto3PipelinesTest {

  @Test
  void theAwsCliRunsAPipelineFromADefinitionFile(URI endpoint) throws Exception {
    E2eScripts.runAwsCli(endpoint, "pipelines_cli.sh");
  }

  @Test
  void boto3RunsAPipelineWithStagedS3Data(URI endpoint) throws Exception {
    E2eScripts.runBoto3(endpoint, "pipelines_boto3.py");
  }
}
