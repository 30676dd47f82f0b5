#!/usr/bin/env bash
# Scenario 2 end to end with the AWS CLI against a running Sluice (./sluice up), or one this script
# starts (./sluice demo glue does that): a Glue job "test" that prints its resolved arguments, a
# Python Lambda "task2" that prints and returns its event, and a state machine that runs the job
# and then the function, each with its part of the execution input; then the same with .sync,
# once succeeding and once with a job run that fails.
#   SLUICE_ENDPOINT   where Sluice listens (default http://localhost:4566)
#   GLUE_COMMAND      pythonshell (default) or glueetl (the PySpark script; needs PySpark)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
endpoint="${SLUICE_ENDPOINT:-http://localhost:4566}"
command_name="${GLUE_COMMAND:-pythonshell}"
export AWS_ACCESS_KEY_ID="${AWS_ACCESS_KEY_ID:-test}" AWS_SECRET_ACCESS_KEY="${AWS_SECRET_ACCESS_KEY:-test}"
export AWS_DEFAULT_REGION="${AWS_DEFAULT_REGION:-us-east-1}" AWS_PAGER=""
aws() { command aws --endpoint-url "$endpoint" "$@"; }
say() { printf '\n== %s\n' "$*"; }
fail() { echo "FAILED: $*" >&2; exit 1; }
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
account=000000000000
bucket="aws-glue-assets-$account-$AWS_DEFAULT_REGION"

wait_execution() { # execution-arn seconds → prints the final status
  local status=""
  for _ in $(seq 1 "$2"); do
    status="$(aws stepfunctions describe-execution --execution-arn "$1" --query status --output text)"
    [ "$status" != RUNNING ] && { echo "$status"; return 0; }
    sleep 1
  done
  fail "execution $1 still RUNNING after $2 s"
}

wait_job_run() { # run-id seconds → prints the final state
  local state=""
  for _ in $(seq 1 "$2"); do
    state="$(aws glue get-job-run --job-name test --run-id "$1" --query JobRun.JobRunState --output text)"
    case "$state" in STARTING | RUNNING | STOPPING | WAITING) sleep 1 ;; *) echo "$state"; return 0 ;; esac
  done
  fail "job run $1 still $state after $2 s"
}

say "the Glue job 'test' ($command_name), its script in s3://$bucket/scripts/"
aws s3 mb "s3://$bucket" >/dev/null 2>&1 || true
if [ "$command_name" = glueetl ]; then
  aws s3 cp --quiet "$here/glue_job_pyspark.py" "s3://$bucket/scripts/test.py"
  job_shape=(--command "Name=glueetl,ScriptLocation=s3://$bucket/scripts/test.py,PythonVersion=3"
    --glue-version 5.0 --worker-type G.1X --number-of-workers 2)
else
  aws s3 cp --quiet "$here/glue_job.py" "s3://$bucket/scripts/test.py"
  job_shape=(--command "Name=pythonshell,ScriptLocation=s3://$bucket/scripts/test.py,PythonVersion=3.9"
    --max-capacity 0.0625)
fi
aws glue delete-job --job-name test >/dev/null
aws glue create-job --name test --role "arn:aws:iam::$account:role/glue-test" "${job_shape[@]}" \
  --execution-property MaxConcurrentRuns=5 --timeout 10 --query Name --output text

say "the Lambda function 'task2' (Python)"
python3 -c 'import sys, zipfile; zipfile.ZipFile(sys.argv[1], "w").write(sys.argv[2], "lambda_function.py")' \
  "$work/function.zip" "$here/lambda_function.py"
aws lambda delete-function --function-name task2 >/dev/null 2>&1 || true
aws lambda create-function --function-name task2 --runtime python3.12 \
  --handler lambda_function.lambda_handler --role "arn:aws:iam::$account:role/lambda-task2" \
  --zip-file "fileb://$work/function.zip" --query FunctionArn --output text

say "state machines: glue-lambda (startJobRun) and glue-lambda-sync (startJobRun.sync)"
role="arn:aws:iam::$account:role/stepfunctions"
machine() { # name definition-file
  local arn="arn:aws:states:$AWS_DEFAULT_REGION:$account:stateMachine:$1"
  aws stepfunctions delete-state-machine --state-machine-arn "$arn" >/dev/null 2>&1 || true
  sed "s/us-east-1:000000000000/$AWS_DEFAULT_REGION:$account/" "$2" >"$work/$1.json"
  aws stepfunctions create-state-machine --name "$1" --role-arn "$role" \
    --definition "file://$work/$1.json" --query stateMachineArn --output text
}
async_machine="$(machine glue-lambda "$here/state-machine.json")"
sync_machine="$(machine glue-lambda-sync "$here/state-machine-sync.json")"
echo "$async_machine"; echo "$sync_machine"

say "execution of glue-lambda with input.json"
execution="$(aws stepfunctions start-execution --state-machine-arn "$async_machine" \
  --input "file://$here/input.json" --query executionArn --output text)"
status="$(wait_execution "$execution" 60)"
output="$(aws stepfunctions describe-execution --execution-arn "$execution" --query output --output text)"
echo "status: $status"; echo "output: $output"
[ "$status" = SUCCEEDED ] || fail "the execution is $status"
python3 -c 'import json, sys; assert json.loads(sys.argv[1]) == {"name": "task2"}, sys.argv[1]' "$output" \
  || fail "the output is not the Lambda's result"

say "the job run Task1 started, and its log in /aws-glue/jobs/output"
run_id="$(aws stepfunctions get-execution-history --execution-arn "$execution" \
  --query "events[?type=='TaskSucceeded'] | [0].taskSucceededEventDetails.output" --output text \
  | python3 -c 'import json, sys; print(json.load(sys.stdin)["JobRunId"])')"
echo "run: $run_id"
state="$(wait_job_run "$run_id" 300)"
aws glue get-job-run --job-name test --run-id "$run_id" \
  --query 'JobRun.{State:JobRunState,Arguments:Arguments,ExecutionTime:ExecutionTime}'
[ "$state" = SUCCEEDED ] || fail "the job run is $state"
aws logs get-log-events --log-group-name /aws-glue/jobs/output --log-stream-name "$run_id" \
  --query 'events[].message' --output text | tr '\t' '\n' | tee "$work/job.log"
for line in "JOB_NAME = test" "parameter1 = value1" "parameter2 = value2"; do
  grep -qxF "$line" "$work/job.log" || fail "the job's log lacks '$line'"
done

say "what task2 received, in /aws/lambda/task2"
aws logs filter-log-events --log-group-name /aws/lambda/task2 \
  --query 'events[].message' --output text | tr '\t' '\n' | grep -F '{"name": "task2"}' \
  || fail "task2's log does not show its event"

say "execution of glue-lambda-sync: waits for the job run, then runs task2"
execution="$(aws stepfunctions start-execution --state-machine-arn "$sync_machine" \
  --input "file://$here/input.json" --query executionArn --output text)"
status="$(wait_execution "$execution" 300)"
echo "status: $status"
[ "$status" = SUCCEEDED ] || fail "the .sync execution is $status"
aws stepfunctions get-execution-history --execution-arn "$execution" \
  --query "events[?type=='TaskSucceeded'] | [0].taskSucceededEventDetails.output" --output text \
  | python3 -c 'import json, sys; r = json.load(sys.stdin); print("job run", r["Id"], r["JobRunState"], r["Arguments"])'

say "execution of glue-lambda-sync without --parameter2: the job run fails, so does the execution"
execution="$(aws stepfunctions start-execution --state-machine-arn "$sync_machine" \
  --input '{"task1": {"--parameter1": "value1"}, "task2": {"name": "task2"}}' \
  --query executionArn --output text)"
status="$(wait_execution "$execution" 300)"
aws stepfunctions describe-execution --execution-arn "$execution" --query '{status:status,error:error}'
cause="$(aws stepfunctions describe-execution --execution-arn "$execution" --query cause --output text)"
python3 -c 'import json, sys; r = json.loads(sys.argv[1]); print("job run", r["Id"], r["JobRunState"] + ":", r.get("ErrorMessage"))' "$cause"
[ "$status" = FAILED ] || fail "the .sync execution with a failing job run is $status"

say "scenario 2 passed"
