/**
 * Renderers: a {@link dtplan.plan.Plan} as text for terminals, Markdown for pull requests and JSON
 * for machines. They print what the plan says and decide nothing.
 */
package dtplan.render;
