#!/usr/bin/env bash
# The main job on the embedded default: starts the local host (which starts Azurite, data in .data/),
# imports the sample district's roster (二道区, 32 offices), uploads their 2022 workbooks, shows one
# office rejected for the seed's own slip and then accepted after its corrected upload, sends the
# government's narrative in Word, prints the status of every office and renders the district's report
# (PDF, web page, open data), and issues the 住建局's upload link. Running it again changes nothing but that link (a
# fresh one, revoking the last): the same bytes are recognised.
# At the end it prints the URLs of the public site, the status page and the office link and keeps the host serving them until Ctrl+C;
# with --once, or when standard input is not a terminal (scripts, CI), it stops after the work.
set -euo pipefail
cd "$(dirname "$0")"

once=0
for arg in "$@"; do
  case "$arg" in
    --once) once=1 ;;
    *) echo "usage: ./run.sh [--once]" >&2; exit 2 ;;
  esac
done
[ -t 0 ] || once=1

year=2022
samples=.data/samples/erdao-$year
mkdir -p .data/run

# A symlinked node_modules is a shared installation: used as it is (npm ci would empty the folder it points to).
if [ ! -x node_modules/.bin/azurite ] || { [ ! -L node_modules ] && [ package-lock.json -nt node_modules/.package-lock.json ]; }; then
  echo "Installing Azurite (npm ci)…"
  npm ci --no-audit --no-fund --loglevel=error
fi

echo "Building…"
dotnet build src/Disclosure.Host/Disclosure.Host.csproj -c Release --nologo -v quiet -clp:ErrorsOnly
dotnet build src/Disclosure.Cli/Disclosure.Cli.csproj -c Release --nologo -v quiet -clp:ErrorsOnly
disclosure() { dotnet src/Disclosure.Cli/bin/Release/net10.0/disclosure.dll "$@"; }

dotnet src/Disclosure.Host/bin/Release/net10.0/Disclosure.Host.dll > .data/run/host.log 2>&1 &
host=$!
stop_host() {
  kill -TERM "$host" 2>/dev/null || true
  wait "$host" 2>/dev/null || true
}
trap stop_host EXIT

for _ in $(seq 1 240); do
  grep -q "Local host ready" .data/run/host.log && break
  if ! kill -0 "$host" 2>/dev/null; then
    cat .data/run/host.log
    echo "The local host stopped before it was ready." >&2
    exit 1
  fi
  sleep 0.5
done
grep -q "Local host ready" .data/run/host.log || { cat .data/run/host.log; echo "The local host did not start in 120 s." >&2; exit 1; }
echo "Local host running (log: .data/run/host.log)."

# Generated once, so a second run uploads the very same bytes.
if [ ! -f "$samples/roster.csv" ] || [ ! -f "$samples/gov_office-$year-narrative.docx" ]; then
  disclosure samples -o "$samples" --format xlsx
fi
disclosure offices import "$samples/roster.csv"

slipped=housing
echo "Uploading the offices' workbooks…"
pids=()
for file in "$samples"/*-$year.xlsx; do
  office=$(basename "$file" "-$year.xlsx")
  [ "$office" = "$slipped" ] && continue
  disclosure upload "$file" --office "$office" --year "$year" > ".data/run/upload-$office.log" 2>&1 &
  pids+=($!)
done

echo
echo "== $slipped: the workbook as first sent, with the seed report's own slip"
disclosure upload "$samples/$slipped-$year.xlsx" --office "$slipped" --year "$year" || true
echo
echo "== $slipped: the corrected workbook"
disclosure upload "$samples/$slipped-$year-corrected.xlsx" --office "$slipped" --year "$year"

echo
echo "== gov_office: the government's narrative (sections 一、五、六) in Word"
disclosure upload "$samples/gov_office-$year-narrative.docx" --office gov_office --year "$year"

failed=0
for pid in "${pids[@]}"; do
  wait "$pid" || failed=$((failed + 1))
done
if [ "$failed" -gt 0 ]; then
  echo "$failed uploads did not end accepted; see .data/run/upload-*.log" >&2
fi

echo
disclosure status --year "$year"

# The district's consolidated report from the accepted workbooks (the corrected one for the slipped office) and
# the government's narrative in Word: PDF, web page and open data, rendered offline.
report=.data/report-$year
accepted=()
for file in "$samples"/*-$year.xlsx; do
  [ "$(basename "$file")" = "$slipped-$year.xlsx" ] && continue
  accepted+=("$file")
done
accepted+=("$samples/$slipped-$year-corrected.xlsx")
echo
echo "== The district's $year report"
disclosure report --year "$year" --name 长春市二道区 --narrative "$samples/gov_office-$year-narrative.docx" -o "$report" "${accepted[@]}"
echo "Open $report/index.html in a browser, or $report/report.pdf."

# Publish the year through storage (the service the timer calls): v1 on the first run; a second run publishes nothing new.
echo
echo "== Publishing the $year annual reports"
disclosure publish --year "$year"

# The local host's HTTP (LocalHost:Urls, default http://localhost:7071, loopback only): the public site from $web at /,
# the API and the status page under /api/.
base=$(sed -n 's/.*public site \(http[^ ,]*\)\/,.*/\1/p' .data/run/host.log | head -n 1)
base=${base:-http://localhost:7071}

# The 住建局's own upload link (a fresh one each run: only its hash is stored, and issuing revokes the previous one).
echo
echo "== $slipped: the office's upload link"
link=$(OfficeLinks__BaseUrl="$base" disclosure offices link --office "$slipped" --year "$year" | tail -n 1)

echo
echo "Public site:  $base/"
echo "Status page:  $base/api/status/$year/page"
echo "Status JSON:  $base/api/status/$year"
echo "Office link:  $link"
echo "              (the 住建局's page: its template, uploads and verdicts; try $samples/$slipped-$year.xlsx, then $samples/$slipped-$year-corrected.xlsx)"
if [ "$once" -eq 1 ]; then
  exit 0
fi
echo "Serving until Ctrl+C (./run.sh --once stops after the work)."
# The host, started in the background, ignores the terminal's SIGINT: Ctrl+C ends this script, whose exit stops the host.
trap 'exit 130' INT
trap 'exit 143' TERM
wait "$host" || true
