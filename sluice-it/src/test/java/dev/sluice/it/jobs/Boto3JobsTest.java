package dev.sluice.it.jobs;

import dev.sluice.it.support.E2eScripts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs src/test/e2e/glue_boto3.py: boto3 creates a Python shell job, starts a run, polls
 * get_job_run until it succeeds, reads its output through CloudWatch Logs and deletes the job.
 */
@ExtendWith(SharedJobs.class)
class Boto3JobsTest {

  @Test
  void boto3RunsAPythonShellJobAndReadsItsLog(Jobs jobs) throws Exception {
    E2eScripts.runBoto3(jobs.endpoint, "glue_boto3.py");
  }
}
