#!/usr/bin/env bash
# End-to-end: the unmodified AWS CLI (/usr/bin/aws) against Sluice's S3.
# Usage: SLUICE_ENDPOINT=http://127.0.0.1:4566 s3_cli.sh
set -euo pipefail
: "${SLUICE_ENDPOINT:?set SLUICE_ENDPOINT}"
export AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test AWS_DEFAULT_REGION=us-east-1 AWS_PAGER=""
aws() { /usr/bin/aws --endpoint-url "$SLUICE_ENDPOINT" "$@"; }
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

aws s3 mb s3://cli-bucket >/dev/null
aws s3api head-bucket --bucket cli-bucket

printf 'hello from the cli\n' > "$work/small.txt"
aws s3 cp "$work/small.txt" "s3://cli-bucket/docs/small file.txt" >/dev/null
aws s3 cp "s3://cli-bucket/docs/small file.txt" "$work/back.txt" >/dev/null
cmp "$work/small.txt" "$work/back.txt" || fail "small object differs"

# 20 MiB: the CLI switches to a multipart upload above 8 MiB.
head -c $((20 * 1024 * 1024)) /dev/urandom > "$work/big.bin"
aws s3 cp "$work/big.bin" s3://cli-bucket/big.bin >/dev/null
aws s3 cp s3://cli-bucket/big.bin "$work/big.back" >/dev/null
cmp "$work/big.bin" "$work/big.back" || fail "multipart object differs"
etag="$(aws s3api head-object --bucket cli-bucket --key big.bin --query ETag --output text)"
[[ "$etag" == *-* ]] || fail "multipart ETag has no part count: $etag"

aws s3 sync "$work" s3://cli-bucket/synced/ >/dev/null
count="$(aws s3api list-objects-v2 --bucket cli-bucket --prefix synced/ --query 'length(Contents)' --output text)"
[ "$count" = "4" ] || fail "sync listed $count keys, expected 4"

listing="$(aws s3 ls s3://cli-bucket/)"
grep -q "PRE docs/" <<<"$listing" || fail "no docs/ prefix in: $listing"

aws s3api put-object --bucket cli-bucket --key meta.txt --body "$work/small.txt" \
  --content-type text/plain --metadata origin=cli >/dev/null
meta="$(aws s3api head-object --bucket cli-bucket --key meta.txt --query 'Metadata.origin' --output text)"
[ "$meta" = "cli" ] || fail "metadata: $meta"

if aws s3api get-object --bucket cli-bucket --key missing "$work/x" 2>"$work/err"; then
  fail "missing key was found"
fi
grep -q "NoSuchKey" "$work/err" || fail "expected NoSuchKey, got: $(cat "$work/err")"

url="$(aws s3 presign s3://cli-bucket/meta.txt --expires-in 300)"
curl -sf "$url" | cmp - "$work/small.txt" || fail "presigned GET differs"

aws s3 rm s3://cli-bucket --recursive >/dev/null
aws s3 rb s3://cli-bucket >/dev/null
echo "s3_cli.sh: all checks passed"
