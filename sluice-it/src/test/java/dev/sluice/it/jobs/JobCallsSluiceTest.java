package dev.sluice.it.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.glue.model.JobRunState;

/**
 * A job's process gets Sluice's URL as {@code AWS_ENDPOINT_URL}, a region and credentials, so that
 * boto3 in the script calls Sluice without any configuration: here it writes an S3 object the test
 * then reads, and lists the buckets.
 */
@ExtendWith(SharedJobs.class)
class JobCallsSluiceTest {
  private static final String SCRIPT =
      """
      import os
      import sys
      import boto3
      from awsglue.utils import getResolvedOptions
      args = getResolvedOptions(sys.argv, ["JOB_RUN_ID", "key"])
      print("endpoint " + os.environ["AWS_ENDPOINT_URL"])
      s3 = boto3.client("s3")
      s3.put_object(Bucket="glue-scripts", Key=args["key"], Body=("written by " + args["JOB_RUN_ID"]).encode())
      print("buckets " + ",".join(b["Name"] for b in s3.list_buckets()["Buckets"]))
      """;

  static Jobs jobs;

  @BeforeAll
  static void connect(Jobs shared) {
    jobs = shared;
  }

  @Test
  void theScriptsBoto3CallsSluice() {
    jobs.pythonShell("calls-sluice", SCRIPT);

    var run = jobs.runToEnd("calls-sluice", Map.of("--key", "from-job/object.txt"));

    assertThat(run.jobRunState())
        .as("%s; log: %s", run.errorMessage(), jobs.lines(Jobs.ERROR, run.id()))
        .isEqualTo(JobRunState.SUCCEEDED);
    var written =
        jobs.s3
            .getObjectAsBytes(b -> b.bucket(Jobs.BUCKET).key("from-job/object.txt"))
            .asUtf8String();
    assertThat(written).isEqualTo("written by " + run.id());
    var endpoint = jobs.awaitLine(Jobs.OUTPUT, run.id(), l -> l.startsWith("endpoint "));
    assertThat(endpoint.substring("endpoint ".length()).replaceAll("/$", ""))
        .isEqualTo(jobs.endpoint.toString().replaceAll("/$", ""));
    assertThat(jobs.awaitLine(Jobs.OUTPUT, run.id(), l -> l.startsWith("buckets ")))
        .contains(Jobs.BUCKET);
  }
}
