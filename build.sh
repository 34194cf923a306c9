#!/usr/bin/env bash
# The front door: ./build.sh <command> [args]. See README.md.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$ROOT"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
SOLUTION="MlPlatform.slnx"
MODE_FILE="build/PulumiSdk.local.props"

usage() {
  cat <<USAGE
usage: ./build.sh <command> [args]
  test                                   build everything and run every test suite
  plan <stack> [--json F] [--against E]  preview a stack with the mock engine (no cloud, no Pulumi CLI)
  policy <preview.json|export.json> [--stack S] [--report F]   evaluate policies and cost on a Pulumi plan
  scheduler [args]                       run the GPU job scheduler locally (loopback)
  inference [--repository DIR]           run the inference runtime locally (loopback)
  models <register|promote|rollback|show|lineage> <store> …   model registry operations (see ./build.sh models help)
  bench <scheduler|inference|policy> [--json F]   run a benchmark and print its figures
  sdk-mode [real|offline]                show or force the Pulumi SDK mode
USAGE
}

write_mode() {
  cat > "$MODE_FILE" <<PROPS
<Project>
  <!-- Written by ./build.sh: the Pulumi SDK mode this machine uses. Delete to choose again. -->
  <PropertyGroup>
    <PulumiSdk Condition="'\$(PulumiSdk)' == ''">$1</PulumiSdk>
  </PropertyGroup>
</Project>
PROPS
}

current_mode() {
  if [[ -f "$MODE_FILE" ]]; then sed -n 's/.*<PulumiSdk[^>]*>\(real\|offline\)<.*/\1/p' "$MODE_FILE"; fi
}

# Real packages when they restore; otherwise the offline stand-in, said in one line.
ensure_mode() {
  local mode
  mode="$(current_mode)"
  if [[ -n "$mode" ]]; then return 0; fi
  if dotnet restore "$SOLUTION" -p:PulumiSdk=real >/tmp/mlplatform-restore-real.log 2>&1; then
    write_mode real
  else
    echo "notice: the Pulumi NuGet packages did not restore here; building against the offline stand-in (build/offline-pulumi). Log: /tmp/mlplatform-restore-real.log" >&2
    write_mode offline
  fi
}

build_all() {
  ensure_mode
  dotnet build "$SOLUTION" -c Release -nologo -clp:ErrorsOnly -v:quiet
}

# The command's own output comes first: the build's is kept in a log and shown only when the build fails.
run_project() {
  local project="$1"; shift
  ensure_mode
  local log
  log="$(mktemp)"
  if ! dotnet build "$project" -c Release -nologo -clp:ErrorsOnly -v:quiet >"$log" 2>&1; then
    cat "$log" >&2
    rm -f "$log"
    echo "error: building $project failed" >&2
    exit 1
  fi
  rm -f "$log"
  dotnet run --project "$project" -c Release --no-build -- "$@"
}

# Prerequisites that test suites need (a PostgreSQL server, the real ONNX models), installed and started
# by the project's own scripts; each prints `export NAME=value` lines for the tests.
prepare_test_environment() {
  local script
  for script in build/scripts/prepare-*.sh; do
    [[ -f "$script" ]] || continue
    eval "$(bash "$script")"
  done
}

# Nothing this command started may outlive it: a CI runner reading our output waits for every process that holds
# the pipe. A PostgreSQL server this command started stops (one already running is left alone), and the build
# servers that dotnet keeps warm are shut down.
cleanup() {
  if [[ -n "${MLPLATFORM_TEST_POSTGRES_DATA:-}" ]]; then
    bash build/scripts/stop-postgres.sh "$MLPLATFORM_TEST_POSTGRES_DATA" || true
  fi
  dotnet build-server shutdown </dev/null >/dev/null 2>&1 || true
}

command="${1:-}"
[[ $# -gt 0 ]] && shift
case "$command" in
  test)
    # INT and TERM exit through the EXIT trap, so an interrupted run still stops what it started.
    trap cleanup EXIT
    trap 'exit 130' INT
    trap 'exit 143' TERM
    build_all
    prepare_test_environment
    log="$(mktemp)"
    set +e
    # A hung test fails its assembly after 10 minutes instead of holding CI until its limit.
    dotnet test "$SOLUTION" -c Release --no-build -nologo --blame-hang-timeout 10m --blame-hang-dump-type none "$@" 2>&1 | tee "$log"
    status=${PIPESTATUS[0]}
    set -e
    # One closing line over all test assemblies, in the plain form CI reads.
    awk '/(Passed|Failed)!  *- Failed: / { gsub(",", ""); for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1) } }
         END { printf "%d passed, %d failed\n", p, f }' "$log"
    rm -f "$log"
    exit "$status"
    ;;
  plan)
    run_project build/Plan/MlPlatform.Plan.csproj --root "$ROOT" "$@"
    ;;
  policy)
    run_project policies/Cli/MlPlatform.Policies.Cli.csproj "$@"
    ;;
  scheduler)
    run_project services/scheduler/Api/MlPlatform.Scheduler.Api.csproj "$@"
    ;;
  inference)
    eval "$(bash build/scripts/prepare-models.sh)"
    run_project services/inference/Api/MlPlatform.Inference.Api.csproj "$@"
    ;;
  models)
    run_project services/registry/Cli/MlPlatform.Registry.Cli.csproj "$@"
    ;;
  bench)
    target="${1:-}"; [[ $# -gt 0 ]] && shift
    case "$target" in
      scheduler) trap cleanup EXIT; trap 'exit 130' INT; trap 'exit 143' TERM; prepare_test_environment; run_project services/scheduler/Bench/MlPlatform.Scheduler.Bench.csproj "$@" ;;
      inference) eval "$(bash build/scripts/prepare-models.sh)"; run_project services/inference/Bench/MlPlatform.Inference.Bench.csproj "$@" ;;
      policy) run_project policies/Bench/MlPlatform.Policies.Bench.csproj "$@" ;;
      *) echo "error: bench needs one of: scheduler, inference, policy" >&2; exit 2 ;;
    esac
    ;;
  sdk-mode)
    if [[ $# -gt 0 ]]; then
      case "$1" in real|offline) write_mode "$1"; echo "PulumiSdk=$1" ;; *) echo "error: sdk-mode takes real or offline (got '$1')" >&2; exit 2 ;; esac
    else
      ensure_mode; echo "PulumiSdk=$(current_mode)"
    fi
    ;;
  ""|-h|--help|help) usage ;;
  *) echo "error: unknown command '$command'" >&2; usage >&2; exit 2 ;;
esac
