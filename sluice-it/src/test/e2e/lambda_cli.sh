#!/usr/bin/env bash
# End-to-end: the unmodified AWS CLI (/usr/bin/aws) creates, invokes and reads the logs of a
# Node.js function on Sluice.
# Usage: SLUICE_ENDPOINT=http://127.0.0.1:4566 lambda_cli.sh
set -euo pipefail
: "${SLUICE_ENDPOINT:?set SLUICE_ENDPOINT}"
export AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test AWS_DEFAULT_REGION=us-east-1 AWS_PAGER=""
aws() { /usr/bin/aws --endpoint-url "$SLUICE_ENDPOINT" "$@"; }
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

# CLI v2 reads --payload as base64 unless told otherwise; v1 takes it raw and has no such option.
binary_format=()
if /usr/bin/aws --version 2>&1 | grep -q '^aws-cli/2'; then
  binary_format=(--cli-binary-format raw-in-base64-out)
fi

cat > "$work/index.js" <<'JS'
exports.handler = async (event) => {
  console.log('greeting', event.name);
  return { greeting: `Hello, ${event.name}!` };
};
JS
(cd "$work" && python3 -c 'import zipfile; z = zipfile.ZipFile("function.zip", "w"); z.write("index.js"); z.close()')

aws lambda create-function --function-name cli-hello --runtime nodejs20.x \
  --handler index.handler --role arn:aws:iam::000000000000:role/lambda-role \
  --zip-file "fileb://$work/function.zip" >/dev/null
aws lambda wait function-active-v2 --function-name cli-hello

aws lambda invoke --function-name cli-hello "${binary_format[@]}" \
  --payload '{"name": "CLI"}' "$work/out.json" > "$work/invoke.json"
grep -q '"StatusCode": 200' "$work/invoke.json" || fail "invoke answered: $(cat "$work/invoke.json")"
grep -q 'FunctionError' "$work/invoke.json" && fail "function error: $(cat "$work/out.json")"
[ "$(cat "$work/out.json")" = '{"greeting":"Hello, CLI!"}' ] || fail "result: $(cat "$work/out.json")"

state="$(aws lambda get-function --function-name cli-hello --query 'Configuration.[Runtime,Handler,State]' --output text)"
[ "$state" = "$(printf 'nodejs20.x\tindex.handler\tActive')" ] || fail "get-function: $state"
location="$(aws lambda get-function --function-name cli-hello --query 'Code.Location' --output text)"
[ -n "$location" ] || fail "get-function has no code location"

tail="$(aws logs tail /aws/lambda/cli-hello --since 1h)"
grep -q 'START RequestId: ' <<<"$tail" || fail "no START in: $tail"
grep -q 'greeting CLI' <<<"$tail" || fail "no function output in: $tail"
grep -q 'END RequestId: ' <<<"$tail" || fail "no END in: $tail"
grep -q 'REPORT RequestId: ' <<<"$tail" || fail "no REPORT in: $tail"

aws lambda delete-function --function-name cli-hello
if aws lambda get-function --function-name cli-hello 2>"$work/err" >/dev/null; then
  fail "deleted function still found"
fi
grep -q ResourceNotFoundException "$work/err" || fail "unexpected error: $(cat "$work/err")"

echo "all checks passed"
