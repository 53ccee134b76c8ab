/**
 * Planning: the desired state a spec asks for, diffed against live state into a {@link
 * dtplan.plan.Plan}. A plan is data: each change carries its action, its reason, attribute-level
 * before/after and typed consequences; renderers print it and apply carries it out, neither decides
 * anything again.
 */
package dtplan.plan;
