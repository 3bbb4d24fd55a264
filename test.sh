#!/usr/bin/env bash
# The test command: installs what the tests need (Node packages for Azurite), then runs every test.
# Tests start their own Azurite on free ports; nothing else needs to be running.
set -euo pipefail
cd "$(dirname "$0")"

if [ -f package-lock.json ]; then
  if [ ! -x node_modules/.bin/azurite ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    npm ci --no-audit --no-fund --loglevel=error
  fi
fi

dotnet test Serverless.sln --nologo "$@"
