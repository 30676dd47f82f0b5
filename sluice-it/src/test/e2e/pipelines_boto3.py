#!/usr/bin/env python3
"""End-to-end: boto3 against Sluice's Data Pipeline: create, put a definition with an S3 input
staged into a shell command, activate, wait, query, describe, read the output and delete.
Usage: SLUICE_ENDPOINT=http://127.0.0.1:4566 pipelines_boto3.py"""
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
dp = boto3.client("datapipeline", **session)
s3 = boto3.client("s3", **session)

s3.create_bucket(Bucket="boto-pipeline")
s3.put_object(Bucket="boto-pipeline", Key="in/words.txt", Body=b"one two three\nfour\n")


def obj(id_, **fields):
    out = []
    for key, value in fields.items():
        if isinstance(value, dict):
            out.append({"key": key, "refValue": value["ref"]})
        else:
            out.append({"key": key, "stringValue": value})
    return {"id": id_, "name": id_, "fields": out}


pipeline_id = dp.create_pipeline(
    name="boto-words", uniqueId="boto-words-1", tags=[{"key": "owner", "value": "boto"}]
)["pipelineId"]
assert pipeline_id.startswith("df-"), pipeline_id

objects = [
    obj("Default", scheduleType="ondemand", role="DataPipelineDefaultRole",
        resourceRole="DataPipelineDefaultResourceRole"),
    obj("Machine", type="Ec2Resource"),
    obj("Words", type="S3DataNode", directoryPath="s3://boto-pipeline/in"),
    obj("Counts", type="S3DataNode", directoryPath="s3://boto-pipeline/out"),
    obj("Count", type="ShellCommandActivity", stage="true", runsOn={"ref": "Machine"},
        input={"ref": "Words"}, output={"ref": "Counts"},
        command="wc -w < ${INPUT1_STAGING_DIR}/words.txt > ${OUTPUT1_STAGING_DIR}/count.txt"),
]
report = dp.validate_pipeline_definition(pipelineId=pipeline_id, pipelineObjects=objects)
assert report["errored"] is False, report
put = dp.put_pipeline_definition(pipelineId=pipeline_id, pipelineObjects=objects)
assert put["errored"] is False, put

bad = dp.put_pipeline_definition(
    pipelineId=pipeline_id, pipelineObjects=objects + [obj("Odd", type="Gizmo")]
)
assert bad["errored"] is True, bad
assert bad["validationErrors"] == [
    {"id": "Odd", "errors": ["INVALID_OBJECT_TYPE:  'Gizmo' is not a valid object type."]}
], bad
try:
    dp.activate_pipeline(pipelineId=pipeline_id)
    raise AssertionError("a definition with errors was activated")
except ClientError as e:
    assert e.response["Error"]["Code"] == "InvalidRequestException", e.response
dp.put_pipeline_definition(pipelineId=pipeline_id, pipelineObjects=objects)

dp.activate_pipeline(pipelineId=pipeline_id)
state = None
for _ in range(120):
    fields = dp.describe_pipelines(pipelineIds=[pipeline_id])["pipelineDescriptionList"][0]["fields"]
    state = next(f["stringValue"] for f in fields if f["key"] == "@pipelineState")
    if state == "FINISHED":
        break
    time.sleep(0.5)
assert state == "FINISHED", state

finished = dp.query_objects(
    pipelineId=pipeline_id,
    sphere="INSTANCE",
    query={"selectors": [{"fieldName": "@status", "operator": {"type": "EQ", "values": ["FINISHED"]}}]},
)["ids"]
count_instance = next(i for i in finished if i.startswith("@Count_"))
described = dp.describe_objects(pipelineId=pipeline_id, objectIds=[count_instance])
fields = {f["key"]: f.get("stringValue") for f in described["pipelineObjects"][0]["fields"]}
assert fields["@status"] == "FINISHED", fields
assert fields["@attemptCount"] == "1", fields

counted = s3.get_object(Bucket="boto-pipeline", Key="out/count.txt")["Body"].read().decode()
assert counted.strip() == "4", counted

evaluated = dp.evaluate_expression(
    pipelineId=pipeline_id, objectId=count_instance, expression="#{input.directoryPath}"
)["evaluatedExpression"]
assert evaluated == "s3://boto-pipeline/in", evaluated

dp.delete_pipeline(pipelineId=pipeline_id)
listed = [p["id"] for p in dp.list_pipelines()["pipelineIdList"]]
assert pipeline_id not in listed, listed
try:
    dp.delete_pipeline(pipelineId=pipeline_id)
    raise AssertionError("deleting twice succeeded")
except ClientError as e:
    assert e.response["Error"]["Code"] == "PipelineNotFoundException", e.response

print("all checks passed")
