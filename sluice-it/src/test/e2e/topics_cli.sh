#!/usr/bin/env bash
# End-to-end: the unmodified AWS CLI (/usr/bin/aws) creates a topic, subscribes a queue, publishes
# with message attributes and reads the topic back on Sluice.
# Usage: SLUICE_ENDPOINT=http://127.0.0.1:4566 topics_cli.sh
set -euo pipefail
: "${SLUICE_ENDPOINT:?set SLUICE_ENDPOINT}"
export AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test AWS_DEFAULT_REGION=us-east-1 AWS_PAGER=""
aws() { /usr/bin/aws --endpoint-url "$SLUICE_ENDPOINT" "$@"; }
fail() { echo "FAIL: $*" >&2; exit 1; }

topic="$(aws sns create-topic --name cli-orders --query TopicArn --output text)"
[ "$topic" = "arn:aws:sns:us-east-1:000000000000:cli-orders" ] || fail "create-topic answered $topic"

queue="arn:aws:sqs:us-east-1:000000000000:cli-orders-queue"
subscription="$(aws sns subscribe --topic-arn "$topic" --protocol sqs \
  --notification-endpoint "$queue" --query SubscriptionArn --output text)"
case "$subscription" in
  "$topic":*) ;;
  *) fail "an sqs subscription should be confirmed at once, got $subscription" ;;
esac

listed="$(aws sns list-subscriptions-by-topic --topic-arn "$topic" \
  --query 'Subscriptions[0].[SubscriptionArn,Protocol,Endpoint]' --output text)"
[ "$listed" = "$subscription	sqs	$queue" ] || fail "list-subscriptions-by-topic answered $listed"

message_id="$(aws sns publish --topic-arn "$topic" --message 'order placed' \
  --message-attributes '{"colour":{"DataType":"String","StringValue":"blue"},"count":{"DataType":"Number","StringValue":"3"}}' \
  --query MessageId --output text)"
[ -n "$message_id" ] && [ "$message_id" != "None" ] || fail "publish answered no MessageId"

confirmed="$(aws sns get-topic-attributes --topic-arn "$topic" \
  --query 'Attributes.[TopicArn,SubscriptionsConfirmed]' --output text)"
[ "$confirmed" = "$topic	1" ] || fail "get-topic-attributes answered $confirmed"

if error="$(aws sns publish --topic-arn arn:aws:sns:us-east-1:000000000000:cli-missing \
  --message x 2>&1)"; then
  fail "publishing to a missing topic succeeded"
fi
echo "$error" | grep -q "NotFound" || fail "publishing to a missing topic said: $error"
echo "$error" | grep -q "Topic does not exist" || fail "publishing to a missing topic said: $error"

echo "all checks passed"
