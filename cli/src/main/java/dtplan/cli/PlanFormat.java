package dtplan.cli;

import dtplan.plan.Plan;
import dtplan.render.JsonRenderer;
import dtplan.render.MarkdownRenderer;
import dtplan.render.TargetHeader;
import dtplan.render.TextRenderer;

/** The formats a plan prints in; each is one of the engine's renderers. */
enum PlanFormat {
  text,
  markdown,
  json;

  String render(Plan plan, boolean colour) {
    return (this == text ? TargetHeader.text(plan.target()) : "") + renderAfterTarget(plan, colour);
  }

  /** As {@link #render}, for output whose first line already named the target (text only). */
  String renderAfterTarget(Plan plan, boolean colour) {
    return switch (this) {
      case text -> new TextRenderer(colour).render(plan);
      case markdown -> new MarkdownRenderer().render(plan);
      case json -> new JsonRenderer().render(plan);
    };
  }
}
