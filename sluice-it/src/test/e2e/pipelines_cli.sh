#!/usr/bin/env bash
# End-to-end: the unmodified AWS CLI (/usr/bin/aws) creates a pipeline, puts a definition from a
# file in the CLI's {"objects": [...]} format with parameters, activates it, waits for it to
# finish, queries and describes its objects, lists its runs and deletes it on Sluice.
# Usage: SLUICE_ENDPOINT=http://127.0.0.1:4566 pipelines_cli.sh
set -euo pipefail
: "${SLUICE_ENDPOINT:?set SLUICE_ENDPOINT}"
export AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test AWS_DEFAULT_REGION=us-east-1 AWS_PAGER=""
aws() { /usr/bin/aws --endpoint-url "$SLUICE_ENDPOINT" "$@"; }
fail() { echo "FAIL: $*" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cat > "$work/definition.json" <<'JSON'
{
  "objects": [
    {"id": "Default", "name": "Default", "scheduleType": "ondemand",
     "role": "DataPipelineDefaultRole", "resourceRole": "DataPipelineDefaultResourceRole"},
    {"id": "Machine", "name": "Machine", "type": "Ec2Resource"},
    {"id": "Say", "name": "Say", "type": "ShellCommandActivity",
     "command": "echo #{myGreeting} at #{@scheduledStartTime}", "runsOn": {"ref": "Machine"}}
  ],
  "parameters": [
    {"id": "myGreeting", "type": "String", "default": "hello"}
  ]
}
JSON

id="$(aws datapipeline create-pipeline --name cli-greeter --unique-id cli-greeter-1 \
  --tags key=team,value=data --query pipelineId --output text)"
[[ "$id" =~ ^df-[A-Z0-9]{20}$ ]] || fail "create-pipeline answered $id"
again="$(aws datapipeline create-pipeline --name cli-greeter --unique-id cli-greeter-1 \
  --query pipelineId --output text)"
[ "$again" = "$id" ] || fail "the same name and unique id made a second pipeline: $again"

errored="$(aws datapipeline put-pipeline-definition --pipeline-id "$id" \
  --pipeline-definition "file://$work/definition.json" --parameter-values myGreeting=bonjour \
  --query errored --output text)"
[ "$errored" = "False" ] || fail "put-pipeline-definition answered errored=$errored"

aws datapipeline get-pipeline-definition --pipeline-id "$id" > "$work/stored.json"
grep -q '"id": "Say"' "$work/stored.json" || fail "get-pipeline-definition lost Say: $(cat "$work/stored.json")"
grep -q '"myGreeting": "bonjour"' "$work/stored.json" \
  || fail "get-pipeline-definition lost the parameter value: $(cat "$work/stored.json")"

aws datapipeline activate-pipeline --pipeline-id "$id"
state=""
for _ in $(seq 1 120); do
  state="$(aws datapipeline describe-pipelines --pipeline-ids "$id" \
    --query "pipelineDescriptionList[0].fields[?key=='@pipelineState'].stringValue | [0]" \
    --output text)"
  [ "$state" = "FINISHED" ] && break
  sleep 0.5
done
[ "$state" = "FINISHED" ] || fail "the pipeline did not finish: $state"

instance="$(aws datapipeline query-objects --pipeline-id "$id" --sphere INSTANCE \
  --objects-query '{"selectors":[{"fieldName":"@status","operator":{"type":"EQ","values":["FINISHED"]}}]}' \
  --query "ids[?starts_with(@, '@Say_')] | [0]" --output text)"
[[ "$instance" == @Say_* ]] || fail "query-objects found no finished Say instance: $instance"

command="$(aws datapipeline describe-objects --pipeline-id "$id" --object-ids "$instance" \
  --evaluate-expressions \
  --query "pipelineObjects[0].fields[?key=='command'].stringValue | [0]" --output text)"
scheduled="${instance#@Say_}"
[ "$command" = "echo bonjour at $scheduled" ] || fail "describe-objects rendered the command as: $command"

runs="$(aws datapipeline list-runs --pipeline-id "$id")"
echo "$runs" | grep -q "Say" || fail "list-runs did not list Say: $runs"
echo "$runs" | grep -q "FINISHED" || fail "list-runs did not show FINISHED: $runs"

aws datapipeline delete-pipeline --pipeline-id "$id"
if error="$(aws datapipeline describe-pipelines --pipeline-ids "$id" 2>&1)"; then
  fail "describing a deleted pipeline succeeded"
fi
echo "$error" | grep -q "PipelineDeletedException" || fail "describing a deleted pipeline said: $error"

echo "all checks passed"
