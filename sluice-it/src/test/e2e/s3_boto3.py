#!/usr/bin/env python3
"""End-to-end: boto3 against Sluice's S3. Usage: SLUICE_ENDPOINT=http://127.0.0.1:4566 s3_boto3.py"""
import hashlib
import io
import json
import os
import sys
import urllib.request

import boto3
from botocore.config import Config
from botocore.exceptions import ClientError

endpoint = os.environ["SLUICE_ENDPOINT"]
s3 = boto3.client(
    "s3",
    endpoint_url=endpoint,
    region_name="us-east-1",
    aws_access_key_id="test",
    aws_secret_access_key="test",
    config=Config(s3={"addressing_style": "path"}),
)


def expect_error(code, fn, *args, **kwargs):
    try:
        fn(*args, **kwargs)
    except ClientError as e:
        got = e.response["Error"]["Code"]
        assert got == code, f"expected {code}, got {got}"
        return e
    raise AssertionError(f"expected {code}, call succeeded")


s3.create_bucket(Bucket="boto-bucket")
body = b"boto3 payload " * 1000
put = s3.put_object(Bucket="boto-bucket", Key="a/b c.txt", Body=body, Metadata={"k": "v"})
assert put["ETag"] == '"%s"' % hashlib.md5(body).hexdigest(), put["ETag"]
got = s3.get_object(Bucket="boto-bucket", Key="a/b c.txt")
assert got["Body"].read() == body
assert got["Metadata"] == {"k": "v"}, got["Metadata"]

ranged = s3.get_object(Bucket="boto-bucket", Key="a/b c.txt", Range="bytes=0-4")
assert ranged["Body"].read() == b"boto3" and ranged["ResponseMetadata"]["HTTPStatusCode"] == 206

# upload_fileobj switches to multipart above 8 MiB
big = os.urandom(17 * 1024 * 1024)
s3.upload_fileobj(io.BytesIO(big), "boto-bucket", "big.bin")
out = io.BytesIO()
s3.download_fileobj("boto-bucket", "big.bin", out)
assert out.getvalue() == big
assert s3.head_object(Bucket="boto-bucket", Key="big.bin")["ETag"].endswith('-3"')

pages = s3.get_paginator("list_objects_v2").paginate(Bucket="boto-bucket", PaginationConfig={"PageSize": 1})
keys = [o["Key"] for p in pages for o in p.get("Contents", [])]
assert keys == ["a/b c.txt", "big.bin"], keys

expect_error("NoSuchKey", s3.get_object, Bucket="boto-bucket", Key="nope")
expect_error("NoSuchBucket", s3.list_objects_v2, Bucket="no-such-boto-bucket")
expect_error("BucketNotEmpty", s3.delete_bucket, Bucket="boto-bucket")
expect_error("InvalidBucketName", s3.create_bucket, Bucket="Bad_Name")

s3.put_bucket_notification_configuration(
    Bucket="boto-bucket",
    NotificationConfiguration={
        # A queue: no consumer delivers sqs events here, so the event stays pending.
        "QueueConfigurations": [
            {
                "Id": "uploads",
                "QueueArn": "arn:aws:sqs:us-east-1:000000000000:uploads",
                "Events": ["s3:ObjectCreated:Put"],
            }
        ]
    },
)
conf = s3.get_bucket_notification_configuration(Bucket="boto-bucket")
assert conf["QueueConfigurations"][0]["Id"] == "uploads", conf
s3.put_object(Bucket="boto-bucket", Key="trigger.txt", Body=b"go")
with urllib.request.urlopen(endpoint + "/_sluice/events?status=PENDING&limit=1000") as r:
    events = json.load(r)
assert any("trigger.txt" in json.dumps(e) for e in events), "no event for trigger.txt"

url = s3.generate_presigned_url("get_object", Params={"Bucket": "boto-bucket", "Key": "a/b c.txt"}, ExpiresIn=300)
with urllib.request.urlopen(url) as r:
    assert r.read() == body

s3.delete_objects(Bucket="boto-bucket", Delete={"Objects": [{"Key": k} for k in keys + ["trigger.txt"]]})
s3.delete_bucket(Bucket="boto-bucket")
print("s3_boto3.py: all checks passed")
