#!/bin/sh
# dtplan-plan.sh: validate a spec, plan it, and leave the reviewable outputs in a folder.
#
# Usage: dtplan-plan.sh SPEC [OUTDIR]
#
# Writes into OUTDIR (default: dtplan-out):
#   plan.json     the saved plan: give it to dtplan-apply.sh after review (holds no secrets; it
#                 records its target, so apply goes where the plan was made)
#   plan.md       the plan as Markdown, for a pull/merge request comment or a CI summary page;
#                 when dtplan could not plan, the error, so that there is always something to post
#   plan.txt      the plan as plain text, for the build log
#   plan.err      what dtplan printed on stderr
#   changes       "true" or "false" (only when the plan can be applied)
#   errors        "true" when the plan has errors: plan.json and plan.md are there for review,
#                 but the plan cannot be applied
#
# Exit status: 0 planned (with or without changes), 1 invalid spec, a plan with errors, or
# dtplan could not plan, 70 dtplan internal error (a bug: report it with the log);
# with DTPLAN_DETAILED_EXITCODE=1: 0 no changes, 2 changes, otherwise as above (like `dtplan plan
# --detailed-exitcode`), for CI systems that can branch on it.
#
# Environment:
#   DTPLAN        how to run dtplan (default: dtplan)
#   DTPLAN_ARGS   extra options for plan, e.g. "--var-file vars.yaml" or "--sandbox http://127.0.0.1:8080/"
#   AZURE_SUBSCRIPTION_ID and the DefaultAzureCredential variables select and reach Azure;
#   every variable the spec reads through ${env:NAME} must be set for the plan (validate needs
#   no values).
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
rm -f "$out/plan.json" "$out/plan.md" "$out/plan.txt" "$out/plan.err" "$out/changes" "$out/errors"

# Writes plan.md for a plan that could not be made, so that the comment says why.
failed() {
  {
    # shellcheck disable=SC2016 # Markdown backticks, not command substitution
    printf '## :x: dtplan %s for `%s`\n\n```text\n' "$1" "$spec"
    cat "$out/plan.err"
    printf '```\n'
  } > "$out/plan.md"
}

echo "== dtplan validate $spec"
if ! $dtplan validate "$spec" 2> "$out/plan.err"; then
  cat "$out/plan.err" >&2
  failed "validate failed"
  echo "dtplan-plan: the spec is invalid; nothing was planned" >&2
  exit 1
fi

echo "== dtplan plan $spec"
# shellcheck disable=SC2086 # DTPLAN_ARGS is a list of options
$dtplan plan "$spec" $args --format markdown --graph --out "$out/plan.json" --detailed-exitcode > "$out/plan.md" 2> "$out/plan.err"
rc=$?
cat "$out/plan.err" >&2
case $rc in
  0) changes=false ;;
  2) changes=true ;;
  1)
    if [ -s "$out/plan.json" ]; then
      # A plan with errors: saved and rendered for review, marked as not applyable.
      echo true > "$out/errors"
      NO_COLOR=1 $dtplan show "$out/plan.json" > "$out/plan.txt" && cat "$out/plan.txt"
      echo "dtplan-plan: the plan has errors and cannot be applied; post $out/plan.md for review, fix the errors, plan again" >&2
    else
      failed "plan failed"
      echo "dtplan-plan: dtplan could not plan (exit 1); nothing was saved" >&2
    fi
    exit 1
    ;;
  *)
    failed "plan failed (internal error, exit $rc)"
    echo "dtplan-plan: dtplan failed with an internal error (exit $rc): a bug in dtplan; report it with this log (DTPLAN_LOG=debug shows where)" >&2
    exit "$rc"
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
