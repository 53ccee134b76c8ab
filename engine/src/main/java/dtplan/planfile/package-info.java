/**
 * Saved plans: a {@link dtplan.plan.Plan} as a versioned JSON file that {@code dtplan apply}
 * carries out exactly. A saved plan never holds a secret value, only where it came from; apply
 * resolves it again and refuses when it no longer matches what was planned.
 */
package dtplan.planfile;
