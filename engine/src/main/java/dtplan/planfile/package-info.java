/**
 * Saved plans: a {@link dtplan.plan.Plan} as the documented JSON plan with a {@code saved} section
 * (read and written through the records of {@code dtplan.planfile.dto}), and the check that decides
 * whether {@code dtplan apply} may carry it out ({@link dtplan.planfile.SavedPlanCheck}). A saved
 * plan never holds a secret value, only where it came from and a salted fingerprint; apply resolves
 * it again and refuses when it no longer matches what was planned.
 */
package dtplan.planfile;
