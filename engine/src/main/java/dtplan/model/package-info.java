/**
 * The resources dtplan manages, as immutable records that describe both what the spec wants and
 * what live Azure holds. Fields that only Azure can know (principal ids, provisioning states, host
 * names) are null in desired state; secrets are never read back from Azure and are null in live
 * state.
 */
package dtplan.model;
