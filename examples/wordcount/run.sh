#!/usr/bin/env bash
# Scenario 1 end to end with the AWS CLI against a running Sluice (./sluice up), or one this script
# starts (./sluice demo wordcount does that): a template word-count pipeline, an SNS e-mail alarm, a
# Node.js function that clones and activates the pipeline for every upload, and two uploads.
#   SLUICE_ENDPOINT   where Sluice listens (default http://localhost:4566)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
endpoint="${SLUICE_ENDPOINT:-http://localhost:4566}"
export AWS_ACCESS_KEY_ID="${AWS_ACCESS_KEY_ID:-test}" AWS_SECRET_ACCESS_KEY="${AWS_SECRET_ACCESS_KEY:-test}"
export AWS_DEFAULT_REGION="${AWS_DEFAULT_REGION:-us-east-1}" AWS_PAGER=""
aws() { command aws --endpoint-url "$endpoint" "$@"; }
say() { printf '\n== %s\n' "$*"; }
json() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }
get() { python3 -c 'import sys, urllib.request; sys.stdout.write(urllib.request.urlopen(sys.argv[1]).read().decode())' "$1"; }
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT

wait_for_state() { # pipeline-id state seconds
  local state=""
  for _ in $(seq 1 "$3"); do
    state="$(aws datapipeline describe-pipelines --pipeline-ids "$1" \
      | json "[f.get('stringValue') for f in d['pipelineDescriptionList'][0]['fields'] if f['key']=='@pipelineState'][0]")"
    [ "$state" = "$2" ] && return 0
    sleep 1
  done
  echo "pipeline $1 is $state, not $2, after $3 s" >&2
  aws datapipeline query-objects --pipeline-id "$1" --sphere ATTEMPT >&2 || true
  return 1
}

say "buckets: the EMR samples (Sluice's own) and example-bucket"
aws s3 mb s3://elasticmapreduce >/dev/null 2>&1 || true
aws s3 mb s3://example-bucket >/dev/null 2>&1 || true
aws s3 cp --recursive --quiet "$here/input" s3://elasticmapreduce/samples/wordcount/input/
aws s3 cp --quiet "$here/wordSplitter.py" s3://elasticmapreduce/samples/wordcount/wordSplitter.py

say "topic 'wordcount' with a confirmed e-mail subscription"
topic="$(aws sns create-topic --name wordcount --query TopicArn --output text)"
aws sns subscribe --topic-arn "$topic" --protocol email --notification-endpoint analyst@example.com >/dev/null
link=""
for _ in $(seq 1 30); do
  link="$(get "$endpoint/_sluice/mail" | python3 -c '
import json, re, sys, urllib.request
endpoint = sys.argv[1]
for m in json.load(sys.stdin):
    if m.get("subject", "").startswith("AWS Notification - Subscription Confirmation"):
        body = urllib.request.urlopen(endpoint + "/_sluice/mail/" + m["id"]).read().decode()
        found = re.search(r"https?://\S+confirmation\.html\S*", body)
        if found:
            print(found.group(0)); break
' "$endpoint")"
  [ -n "$link" ] && break
  sleep 1
done
[ -n "$link" ] || { echo "no confirmation e-mail arrived" >&2; exit 1; }
get "$link" >/dev/null
echo "confirmed: $(aws sns list-subscriptions-by-topic --topic-arn "$topic" --query 'Subscriptions[0].SubscriptionArn' --output text)"

say "the template pipeline: created from pipeline.json, activated once, FINISHED"
template="$(aws datapipeline create-pipeline --name wordcount-template --unique-id wordcount-template --query pipelineId --output text)"
sed "s/arn:aws:sns:us-east-1:000000000000:wordcount/$topic/" "$here/pipeline.json" >"$work/pipeline.json"
aws datapipeline put-pipeline-definition --pipeline-id "$template" --pipeline-definition "file://$work/pipeline.json" --query errored
aws datapipeline activate-pipeline --pipeline-id "$template"
wait_for_state "$template" FINISHED 300
echo "template $template FINISHED"

say "function LambdaDP (Node.js, aws-sdk v2) on s3:ObjectCreated:Put under incoming/"
python3 -c 'import sys, zipfile; zipfile.ZipFile(sys.argv[1], "w").write(sys.argv[2], "index.js")' \
  "$work/function.zip" "$here/function/index.js"
aws lambda delete-function --function-name LambdaDP >/dev/null 2>&1 || true
function_arn="$(aws lambda create-function --function-name LambdaDP --runtime nodejs20.x \
  --handler index.handler --role arn:aws:iam::000000000000:role/lambda-dp --timeout 60 \
  --environment "Variables={TEMPLATE_PIPELINE_ID=$template}" \
  --zip-file "fileb://$work/function.zip" --query FunctionArn --output text)"
aws lambda add-permission --function-name LambdaDP --statement-id s3-invoke \
  --action lambda:InvokeFunction --principal s3.amazonaws.com --source-arn arn:aws:s3:::example-bucket >/dev/null
aws s3api put-bucket-notification-configuration --bucket example-bucket --notification-configuration \
  "{\"LambdaFunctionConfigurations\":[{\"LambdaFunctionArn\":\"$function_arn\",\"Events\":[\"s3:ObjectCreated:Put\"],\"Filter\":{\"Key\":{\"FilterRules\":[{\"Name\":\"prefix\",\"Value\":\"incoming/\"}]}}}]}"

run_upload() { # n: upload, wait for a new myLambdaSample to FINISH, check its counts
  aws s3 cp --quiet "$here/input/0001" "s3://example-bucket/incoming/data-$1.txt"
  local clone=""
  for _ in $(seq 1 60); do
    clone="$(aws datapipeline list-pipelines --query "pipelineIdList[?name=='myLambdaSample'].id | [0]" --output text)"
    [ -n "$clone" ] && [ "$clone" != None ] && [ "$clone" != "${previous:-}" ] && break
    sleep 1
  done
  [ -n "$clone" ] && [ "$clone" != None ] || { echo "no clone appeared" >&2; aws logs filter-log-events --log-group-name /aws/lambda/LambdaDP --query 'events[].message' >&2; exit 1; }
  echo "clone $clone"
  wait_for_state "$clone" FINISHED 300
  local started
  started="$(aws datapipeline describe-objects --pipeline-id "$clone" --object-ids \
    "$(aws datapipeline query-objects --pipeline-id "$clone" --sphere INSTANCE --query 'ids[0]' --output text)" \
    | json "[f['stringValue'] for f in d['pipelineObjects'][0]['fields'] if f['key']=='@scheduledStartTime'][0]")"
  echo "output: s3://example-bucket/wordcount/output/$started/"
  aws s3 ls "s3://example-bucket/wordcount/output/$started/"
  rm -rf "$work/out" && aws s3 cp --recursive --quiet "s3://example-bucket/wordcount/output/$started/" "$work/out"
  cat "$here"/input/* | python3 -c '
import collections, re, sys
counts = collections.Counter(w.lower() for w in re.findall("[a-zA-Z][a-zA-Z0-9]*", sys.stdin.read()))
got = {}
for name in sys.argv[1:]:
    for line in open(name):
        word, count = line.rstrip("\n").split("\t")
        got[word] = int(count)
assert got == dict(counts), "the counts differ from an independent count"
print(f"{len(got)} words, {sum(got.values())} in all: equal to an independent count")
' "$work"/out/part-*
  previous="$clone"
}

say "upload 1: the function clones the template and activates the clone"
run_upload 1
say "upload 2: the old clone is deleted, a new one runs"
run_upload 2
left="$(aws datapipeline list-pipelines --query "length(pipelineIdList[?name=='myLambdaSample'])")"
echo "myLambdaSample pipelines now: $left"

say "the SnsAlarm e-mail"
get "$endpoint/_sluice/mail" | python3 -c '
import json, sys
for m in json.load(sys.stdin):
    print(m["date"], m["to"], m["subject"])'
