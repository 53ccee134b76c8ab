#!/bin/sh
# dtplan-apply.sh: apply a reviewed saved plan, or plan and apply a spec.
#
# Usage: dtplan-apply.sh PLAN.json      apply exactly the reviewed plan (the normal case)
#        dtplan-apply.sh SPEC.yaml      no reviewed plan: plan now, print it, apply exactly that
#
# Exit status (dtplan's own, passed through):
#   0    applied (or nothing to do)
#   1    error: invalid input, a plan with errors, Azure refused, or a step failed (the log
#        lists done / failed / skipped; a new plan proposes exactly what remains)
#   3    the saved plan is stale: something it touches changed in Azure after it was made.
#        Nothing was written. Run dtplan-plan.sh again, review the new plan, apply that.
#   70   dtplan internal error: a bug in dtplan; report it with the log
#   130  interrupted; run again to finish
#
# Environment:
#   DTPLAN        how to run dtplan (default: dtplan)
#   DTPLAN_ARGS   extra options for plan and apply, e.g. "--sandbox http://127.0.0.1:8080/";
#                 a saved plan goes to the target it records: these may repeat it, not change it
#   DTPLAN_APPLY_ARGS  extra options for apply only, e.g. "--allow-instance-deletion"
#   The variables the spec reads through ${env:NAME} must be set again: a saved plan holds no
#   secret values, apply reads them from their sources.
set -u

if [ $# -ne 1 ]; then
  echo "usage: $0 PLAN.json|SPEC.yaml" >&2
  exit 1
fi
input=$1
dtplan=${DTPLAN:-dtplan}
args=${DTPLAN_ARGS:-}
apply_args=${DTPLAN_APPLY_ARGS:-}

case $input in
  *.yaml | *.yml)
    plan=$(mktemp "${TMPDIR:-/tmp}/dtplan-plan.XXXXXX") || exit 1
    trap 'rm -f "$plan"' EXIT
    echo "== no reviewed plan: dtplan plan $input"
    # shellcheck disable=SC2086 # DTPLAN_ARGS is a list of options
    NO_COLOR=1 $dtplan plan "$input" $args --out "$plan"
    rc=$?
    if [ "$rc" != 0 ]; then
      if [ "$rc" = 1 ] && [ -s "$plan" ]; then
        echo "dtplan-apply: the plan has errors (listed above) and cannot be applied; nothing was applied" >&2
      else
        echo "dtplan-apply: dtplan plan failed (exit $rc); nothing was applied" >&2
      fi
      exit "$rc"
    fi
    ;;
  *)
    plan=$input
    if [ ! -f "$plan" ]; then
      echo "dtplan-apply: no such plan file: $plan" >&2
      exit 1
    fi
    ;;
esac

echo "== dtplan apply $plan"
# shellcheck disable=SC2086 # DTPLAN_ARGS and DTPLAN_APPLY_ARGS are lists of options
NO_COLOR=1 $dtplan apply "$plan" $args $apply_args --auto-approve
rc=$?
case $rc in
  0) echo "dtplan-apply: applied" ;;
  3)
    echo "dtplan-apply: STALE PLAN (exit 3): Azure changed after the plan was made; nothing was applied." >&2
    echo "dtplan-apply: re-run the plan (dtplan-plan.sh), review it, and apply the new plan." >&2
    ;;
  130) echo "dtplan-apply: interrupted; run again to finish" >&2 ;;
  70) echo "dtplan-apply: dtplan failed with an internal error (exit 70), a bug in dtplan; report it with this log" >&2 ;;
  *) echo "dtplan-apply: apply failed (exit $rc); a new plan proposes exactly what remains" >&2 ;;
esac
exit "$rc"
