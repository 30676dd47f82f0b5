package dev.sluice.it.topics;

import dev.sluice.it.support.E2eScripts;
import dev.sluice.junit.SluiceExtension;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Runs src/test/e2e/topics_cli.sh and topics_boto3.py: the real AWS CLI and boto3 drive SNS. */
@ExtendWith(SluiceExtension.class)
class AwsCliTopicsTest {

  @Test
  void theAwsCliCreatesSubscribesPublishesAndReadsATopic(URI endpoint) throws Exception {
    E2eScripts.runAwsCli(endpoint, "topics_cli.sh");
  }

  @Test
  void boto3PublishesABatchFiltersAndListsTags(URI endpoint) throws Exception {
    E2eScripts.runBoto3(endpoint, "topics_boto3.py");
  }
}
