#!/usr/bin/env python3
"""End-to-end: boto3 against Sluice's SNS. Usage: SLUICE_ENDPOINT=http://127.0.0.1:4566 topics_boto3.py"""
import json
import os

import boto3
from botocore.exceptions import ClientError

sns = boto3.client(
    "sns",
    endpoint_url=os.environ["SLUICE_ENDPOINT"],
    region_name="us-east-1",
    aws_access_key_id="test",
    aws_secret_access_key="test",
)

topic = sns.create_topic(Name="boto-orders", Tags=[{"Key": "team", "Value": "blue"}])["TopicArn"]
assert topic == "arn:aws:sns:us-east-1:000000000000:boto-orders", topic

entries = [{"Id": f"e{i}", "Message": f"message {i}"} for i in range(10)]
batch = sns.publish_batch(TopicArn=topic, PublishBatchRequestEntries=entries)
assert sorted(s["Id"] for s in batch["Successful"]) == sorted(e["Id"] for e in entries), batch
assert not batch.get("Failed"), batch

subscription = sns.subscribe(
    TopicArn=topic, Protocol="sqs", Endpoint="arn:aws:sqs:us-east-1:000000000000:boto-queue"
)["SubscriptionArn"]
policy = {"colour": ["blue", {"prefix": "gr"}]}
sns.set_subscription_attributes(
    SubscriptionArn=subscription, AttributeName="FilterPolicy", AttributeValue=json.dumps(policy)
)
attributes = sns.get_subscription_attributes(SubscriptionArn=subscription)["Attributes"]
assert json.loads(attributes["FilterPolicy"]) == policy, attributes

try:
    sns.set_subscription_attributes(
        SubscriptionArn=subscription, AttributeName="FilterPolicy", AttributeValue="{nope"
    )
    raise AssertionError("a FilterPolicy that is not JSON was accepted")
except ClientError as e:
    assert e.response["Error"]["Code"] == "InvalidParameter", e.response

tags = sns.list_tags_for_resource(ResourceArn=topic)["Tags"]
assert tags == [{"Key": "team", "Value": "blue"}], tags

print("all checks passed")
