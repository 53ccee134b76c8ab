/**
 * Apply: carries out a {@link dtplan.plan.Plan} exactly, in dependency order with bounded
 * parallelism, never planning again. A failed step skips what depends on it; everything independent
 * still completes; the result says what was done, what failed, what was skipped and what never
 * started.
 */
package dtplan.apply;
