#!/usr/bin/env bash
# Mutation testing with Stryker.NET (the repository's tool manifest, .config/dotnet-tools.json). Not part of CI: run it
# by hand on a narrow scope, it is CPU-heavy (one mutant at a time here).
#
#   scripts/mutate.sh core   [--mutate 'glob' ...]   Core (reading, validation, workbooks) against Disclosure.Core.Tests
#   scripts/mutate.sh ingest [--mutate 'glob' ...]   Pipeline ingest against Disclosure.Storage.Tests (starts Azurite)
#   scripts/mutate.sh cli    [--mutate 'glob' ...]   the CLI's commands against Disclosure.Cli.Tests (runs the real process)
#
# Extra arguments go to dotnet-stryker; a --mutate given replaces the target's globs, e.g.
#   scripts/mutate.sh core --mutate '**/Reading/ReadLimits.cs' --mutate '**/Reading/FormFileReader.cs'
# Reports (HTML and JSON) land in TestResults/mutation/<target>/<timestamp>/reports/ (gitignored).
set -euo pipefail
cd "$(dirname "$0")/.."

target=${1:?usage: scripts/mutate.sh core|ingest|cli [dotnet-stryker options]}
shift
case "$target" in
  core) tests=tests/Disclosure.Core.Tests ;;
  ingest) tests=tests/Disclosure.Storage.Tests ;;
  cli) tests=tests/Disclosure.Cli.Tests ;;
  *) echo "unknown target: $target (core, ingest or cli)" >&2; exit 2 ;;
esac

dotnet tool restore >/dev/null
out="$PWD/TestResults/mutation/$target"
mkdir -p "$out"
cd "$tests"
DOTNET_ROLL_FORWARD=Major dotnet tool run dotnet-stryker --config-file stryker-config.json --output "$out/$(date -u +%Y%m%dT%H%M%SZ)" "$@"
