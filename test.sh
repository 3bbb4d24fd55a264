#!/usr/bin/env bash
# The test command: installs what the tests need (Node packages for Azurite), then runs every test.
# Tests start their own Azurite on free ports; nothing else needs to be running.
# The corpus check (tests/Disclosure.Corpus.Tests) reads the design folder beside the repository (../shared: the
# seed and real published reports, not part of the repository); without it those tests are skipped and the
# closing lines say so.
set -euo pipefail
cd "$(dirname "$0")"

# A node_modules that is a symlink is someone else's installation (shared between clones): used as it is, since
# npm ci would empty the folder it points to. A fresh clone's package-lock.json is always newer than it.
# An own installation from before the report's fonts were added is brought up to date too; a shared one without them
# makes the build stop with a message saying to run npm ci.
if [ ! -x node_modules/.bin/azurite ] || { [ ! -L node_modules ] && { [ package-lock.json -nt node_modules/.package-lock.json ] || [ ! -d node_modules/@expo-google-fonts/noto-serif-sc ]; }; }; then
  npm ci --no-audit --no-fund --loglevel=error
fi

log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
dotnet test Serverless.sln --nologo "$@" 2>&1 | tee "$log" || status=$?

# Where the corpus check found the design folder: DISCLOSURE_SHARED, or a shared/ beside the repository or above.
shared_folder() {
  if [ -n "${DISCLOSURE_SHARED:-}" ]; then
    if [ -d "$DISCLOSURE_SHARED/reports" ]; then echo "$DISCLOSURE_SHARED"; fi
    return
  fi
  local dir=$PWD
  while :; do
    if [ -f "$dir/shared/FORM.md" ] && [ -d "$dir/shared/reports" ]; then echo "$dir/shared"; return; fi
    [ "$dir" = / ] && return
    dir=$(dirname "$dir")
  done
}
shared=$(shared_folder)
if [ -n "$shared" ]; then
  echo "Corpus check run against $shared/reports"
else
  echo "Corpus check not run: ../shared/reports not found beside the repository (set DISCLOSURE_SHARED to the design folder)"
fi

# One closing line over every test assembly.
awk '/^(Passed|Failed)!/ {
       for (i = 1; i <= NF; i++) { if ($i == "Passed:") p += $(i+1); if ($i == "Failed:") f += $(i+1) }
     }
     END { printf "Tests: %d passed, %d failed\n", p, f }' FS='[ ,]+' "$log"
exit "$status"
