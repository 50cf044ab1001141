#!/usr/bin/env bash
# Times one background export end to end and samples the server's heap meanwhile.
#   bench/export.sh BASE_URL KIND PARAMETER [SERVER_PID]
#   e.g. bench/export.sh http://localhost:8880 AUDIT_PDF 2026-11-28..2026-11-28 $(pgrep -f 'port-offset=800')
# Prints the job's outcome, the seconds from request to file ready, the file size, and, with a PID,
# the heap in use (jstat: survivor + eden + old, MB) right before the request and its peak during
# the export. Needs curl and the JDK's jstat; logs in as the demo auditor.
set -euo pipefail
base=${1:?base URL}; kind=${2:?export kind}; parameter=${3:?parameter}; pid=${4:-}
auth=${BENCH_AUTH:-auditor:onestop-demo-2026}

heap_mb() {   # the heap in use now, in MB
    jstat -gc "$1" | awk 'NR == 2 { printf "%d", ($3 + $4 + $6 + $8) / 1024 }'
}

samples=$(mktemp)
sampler=
if [ -n "$pid" ]; then
    echo "heap in use before: $(heap_mb "$pid") MB"
    ( while true; do heap_mb "$pid" >>"$samples"; echo >>"$samples"; sleep 0.1; done ) &
    sampler=$!
fi
start=$(date +%s.%N)
job=$(curl -sf -u "$auth" -H 'Content-Type: application/json' \
    -d "{\"kind\":\"$kind\",\"parameter\":\"$parameter\"}" "$base/api/exports")
id=$(sed -n 's/.*"id":\([0-9]*\).*/\1/p' <<<"$job")
status=
while true; do
    view=$(curl -sf -u "$auth" "$base/api/exports/$id")
    status=$(sed -n 's/.*"status":"\([A-Z]*\)".*/\1/p' <<<"$view")
    [ "$status" = DONE ] || [ "$status" = FAILED ] && break
    sleep 0.05
done
end=$(date +%s.%N)
if [ -n "$sampler" ]; then
    kill "$sampler"
    echo "heap in use, peak during the export: $(sort -n "$samples" | tail -1) MB"
fi
rm -f "$samples"
echo "export $id $kind $parameter: $status in $(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.2f", b - a }') s"
echo "$view" | sed -n 's/.*"sizeBytes":\([0-9]*\).*/file: \1 bytes/p'
