package dtplan.render;

import dtplan.apply.RouteWindow;
import dtplan.diag.ControlChars;
import dtplan.diag.Severity;
import dtplan.model.Resource;
import dtplan.plan.Action;
import dtplan.plan.Consequence;
import dtplan.plan.Plan;
import dtplan.plan.PlannedChange;
import dtplan.plan.Reason;
import java.util.List;
import java.util.Map;

/** The terminal form of a plan, in Terraform's layout and symbols. */
public final class TextRenderer {
  private final Ansi ansi;

  public TextRenderer(boolean color) {
    this.ansi = new Ansi(color);
  }

  public String render(Plan plan) {
    StringBuilder out = new StringBuilder();
    List<PlannedChange> visible = PlanView.visibleChanges(plan);
    List<String> scope = PlanView.scope(plan);
    scope.forEach(line -> out.append(ansi.bold(ControlChars.escape(line))).append('\n'));
    if (!scope.isEmpty()) {
      out.append('\n');
    }
    if (!visible.isEmpty()) {
      out.append("dtplan will perform the following actions:\n\n");
      for (PlannedChange c : visible) {
        change(out, c, plan.deletedWith(c));
      }
    }
    out.append(ansi.bold(PlanView.summary(plan))).append('\n');
    Map<String, RouteWindow> windows = PlanView.windows(plan);
    consequences(out, "Warnings", PlanView.of(plan, Severity.WARNING), windows, ansi::yellow);
    consequences(out, "Errors", PlanView.of(plan, Severity.ERROR), windows, ansi::red);
    if (plan.hasErrors()) {
      out.append('\n').append(ansi.red("This plan has errors and cannot be applied.")).append('\n');
    }
    return out.toString();
  }

  private void change(StringBuilder out, PlannedChange c, List<Resource> deletedWith) {
    out.append("  ").append(ansi.bold(PlanView.headline(c))).append('\n');
    if (c.reason() != Reason.NONE && c.reason() != Reason.NOT_FOUND) {
      out.append("  # (").append(reasonText(c)).append(")\n");
    }
    String name = PlanView.shortName(c.address());
    out.append(symbol(c.action()))
        .append(' ')
        .append(PlanView.kindName(c.kind()))
        .append(" \"")
        .append(name)
        .append("\" {\n");
    AttributeLines.Lines lines = AttributeLines.of(c);
    int width = lines.width();
    for (AttributeLines.Line line : lines.shown()) {
      attribute(out, line, width);
    }
    if (lines.hidden() > 0) {
      out.append("        # ").append(AttributeLines.hiddenNote(lines.hidden())).append('\n');
    }
    if (!deletedWith.isEmpty()) {
      out.append("        # deleted with it:\n");
      for (Resource r : deletedWith) {
        out.append("        #   ").append(PlanView.childLine(r)).append('\n');
      }
    }
    out.append("    }\n\n");
  }

  private static String reasonText(PlannedChange c) {
    return c.reason() == Reason.CHANGED_OUTSIDE_DTPLAN
        ? "changed outside dtplan"
        : c.reason().text();
  }

  private void attribute(StringBuilder out, AttributeLines.Line a, int width) {
    String padded = String.format("%-" + width + "s", a.path());
    String marker =
        switch (a.marker()) {
          case ADD -> ansi.green("+");
          case REMOVE -> ansi.red("-");
          case CHANGE -> ansi.yellow("~");
          case SAME -> " ";
        };
    String line = marker + " " + padded + " = " + a.text();
    if (a.forcesReplacement()) {
      line += ansi.red(" # forces replacement");
    }
    if (a.note() != null) {
      line += " # " + a.note();
    }
    out.append("      ").append(line).append('\n');
  }

  private String symbol(Action action) {
    return switch (action) {
      case CREATE -> "  " + ansi.green("+");
      case UPDATE -> "  " + ansi.yellow("~");
      case REPLACE -> ansi.red("-") + "/" + ansi.green("+");
      case DELETE -> "  " + ansi.red("-");
      case NO_OP -> "   ";
    };
  }

  private void consequences(
      StringBuilder out,
      String title,
      List<Consequence> list,
      Map<String, RouteWindow> windows,
      java.util.function.UnaryOperator<String> paint) {
    if (list.isEmpty()) {
      return;
    }
    out.append('\n').append(paint.apply(title + ":")).append('\n');
    for (Consequence c : list) {
      out.append("  - ").append(PlanView.line(c)).append('\n');
      for (PlanView.Detail d : PlanView.details(c, windows)) {
        out.append("    ")
            .append(ControlChars.escape(d.text() + String.join(", ", d.steps())))
            .append('\n');
      }
    }
  }
}
