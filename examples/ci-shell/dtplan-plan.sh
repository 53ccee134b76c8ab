#!/bin/sh
# dtplan-plan.sh: validate a spec, plan it, and leave the reviewable outputs in a folder.
#
# Usage: dtplan-plan.sh SPEC [OUTDIR]
#
# Writes into OUTDIR (default: dtplan-out):
#   plan.json     the saved plan: give it to dtplan-apply.sh after review (holds no secrets)
#   plan.md       the plan as Markdown, for a pull/merge request comment or a CI summary page
#   plan.txt      the plan as plain text, for the build log
#   changes       "true" or "false"
#
# Exit status: 0 planned (with or without changes), 1 invalid spec or error;
# with DTPLAN_DETAILED_EXITCODE=1: 0 no changes, 2 changes, 1 error (like `dtplan plan
# --detailed-exitcode`), for CI systems that can branch on it.
#
# Environment:
#   DTPLAN        how to run dtplan (default: dtplan)
#   DTPLAN_ARGS   extra options for plan, e.g. "--var-file vars.yaml" or "--sandbox http://127.0.0.1:8080/"
#   AZURE_SUBSCRIPTION_ID and the DefaultAzureCredential variables select and reach Azure;
#   every variable the spec reads through ${env:NAME} must be set.
set -u

if [ $# -lt 1 ] || [ $# -gt 2 ]; then
  echo "usage: $0 SPEC [OUTDIR]" >&2
  exit 1
fi
spec=$1
out=${2:-dtplan-out}
dtplan=${DTPLAN:-dtplan}
args=${DTPLAN_ARGS:-}

mkdir -p "$out" || exit 1
rm -f "$out/plan.json" "$out/plan.md" "$out/plan.txt" "$out/changes"

echo "== dtplan validate $spec"
if ! $dtplan validate "$spec"; then
  echo "dtplan-plan: the spec is invalid; nothing was planned" >&2
  exit 1
fi

echo "== dtplan plan $spec"
# shellcheck disable=SC2086 # DTPLAN_ARGS is a list of options
$dtplan plan "$spec" $args --format markdown --graph --out "$out/plan.json" --detailed-exitcode > "$out/plan.md"
rc=$?
case $rc in
  0) changes=false ;;
  2) changes=true ;;
  *)
    echo "dtplan-plan: dtplan plan failed (exit $rc); nothing was saved" >&2
    rm -f "$out/plan.json" "$out/plan.md"
    exit 1
    ;;
esac
echo "$changes" > "$out/changes"

# The text form of exactly the saved plan, for the log.
if ! NO_COLOR=1 $dtplan show "$out/plan.json" > "$out/plan.txt"; then
  echo "dtplan-plan: dtplan show failed" >&2
  exit 1
fi
cat "$out/plan.txt"

if [ "$changes" = true ]; then
  echo "dtplan-plan: changes planned; review $out/plan.md, then apply with: dtplan-apply.sh $out/plan.json"
else
  echo "dtplan-plan: no changes"
fi

if [ "${DTPLAN_DETAILED_EXITCODE:-0}" = 1 ]; then
  exit "$rc"
fi
exit 0
