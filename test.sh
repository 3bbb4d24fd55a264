#!/usr/bin/env bash
# The test command: installs what the tests need (Node packages for Azurite), then runs every test.
# Tests start their own Azurite on free ports; nothing else needs to be running.
set -euo pipefail
cd "$(dirname "$0")"

if [ ! -x node_modules/.bin/azurite ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi

log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
dotnet test Serverless.sln --nologo "$@" 2>&1 | tee "$log" || status=$?

# One closing line over every test assembly.
awk '/^(Passed|Failed)!/ {
       for (i = 1; i <= NF; i++) { if ($i == "Passed:") p += $(i+1); if ($i == "Failed:") f += $(i+1) }
     }
     END { printf "Tests: %d passed, %d failed\n", p, f }' FS='[ ,]+' "$log"
exit "$status"
