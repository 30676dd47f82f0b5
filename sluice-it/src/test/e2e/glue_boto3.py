#!/usr/bin/env python3
"""End-to-end: boto3 against Sluice's Glue: upload a Python shell script, create the job, start a
run with arguments, poll get_job_run until it succeeds, read its output through CloudWatch Logs,
list its runs, and delete the job.
Usage: SLUICE_ENDPOINT=http://127.0.0.1:4566 glue_boto3.py"""
import os
import time

import boto3
from botocore.exceptions import ClientError

endpoint = os.environ["SLUICE_ENDPOINT"]
session = dict(
    endpoint_url=endpoint,
    region_name="us-east-1",
    aws_access_key_id="test",
    aws_secret_access_key="test",
)
glue = boto3.client("glue", **session)
s3 = boto3.client("s3", **session)
logs = boto3.client("logs", **session)

SCRIPT = b"""
import sys
from awsglue.utils import getResolvedOptions
args = getResolvedOptions(sys.argv, ["JOB_NAME", "greeting"])
print(args["greeting"] + " from " + args["JOB_NAME"])
"""

s3.create_bucket(Bucket="boto-glue")
s3.put_object(Bucket="boto-glue", Key="scripts/greet.py", Body=SCRIPT)

name = glue.create_job(
    Name="boto-greeter",
    Role="arn:aws:iam::000000000000:role/glue-role",
    Command={"Name": "pythonshell", "PythonVersion": "3.9",
             "ScriptLocation": "s3://boto-glue/scripts/greet.py"},
    DefaultArguments={"--greeting": "hello"},
)["Name"]
assert name == "boto-greeter", name
job = glue.get_job(JobName="boto-greeter")["Job"]
assert job["Command"]["Name"] == "pythonshell", job
assert job["MaxCapacity"] == 0.0625, job

run_id = glue.start_job_run(JobName="boto-greeter", Arguments={"--greeting": "hi"})["JobRunId"]
deadline = time.time() + 60
while True:
    run = glue.get_job_run(JobName="boto-greeter", RunId=run_id)["JobRun"]
    if run["JobRunState"] not in ("STARTING", "RUNNING", "STOPPING", "WAITING"):
        break
    assert time.time() < deadline, "the run did not end within 60 seconds: %s" % run
    time.sleep(0.2)
assert run["JobRunState"] == "SUCCEEDED", run
assert run["Arguments"] == {"--greeting": "hi"}, run
assert run["StartedOn"] <= run["CompletedOn"], run
assert run["LogGroupName"] == "/aws-glue/python-jobs", run

events = logs.get_log_events(
    logGroupName="/aws-glue/jobs/output", logStreamName=run_id, startFromHead=True
)["events"]
messages = [event["message"].rstrip("\n") for event in events]
assert "hi from boto-greeter" in messages, messages

runs = glue.get_job_runs(JobName="boto-greeter")["JobRuns"]
assert [r["Id"] for r in runs] == [run_id], runs

assert glue.delete_job(JobName="boto-greeter")["JobName"] == "boto-greeter"
try:
    glue.get_job(JobName="boto-greeter")
    raise AssertionError("the deleted job is still there")
except ClientError as error:
    assert error.response["Error"]["Code"] == "EntityNotFoundException", error.response

print("all checks passed")
