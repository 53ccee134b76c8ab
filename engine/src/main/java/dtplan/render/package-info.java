/**
 * Renderers: every format a user reads. A {@link dtplan.plan.Plan} as text for terminals, Markdown
 * for pull requests and JSON for machines; the line naming the target; why apply stopped; apply
 * progress as text and as JSON events. They say what the plan, verdict or result holds and decide
 * nothing; they return strings, and the CLI prints them.
 */
package dtplan.render;
