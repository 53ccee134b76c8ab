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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A plan as GitHub-flavoured Markdown, for pull-request comments and job summaries.
 *
 * <p>Always kept, in this order: the title (stack, target), the summary line, errors and warnings
 * (a list, or "None."), and the list of destructive changes. Then one {@code <details>} block per
 * changed resource, destructive first, each holding a {@code diff} fence whose lines start with
 * {@code +}, {@code -} or {@code !} (changed in place) so GitHub colours them.
 *
 * <p>The whole text stays within {@code maxChars} (GitHub rejects comments over 65,536): when it
 * would not, whole resource blocks are cut from the middle and a notice says how many. Only if the
 * parts that are always kept do not fit on their own are the warning list and the destructive list
 * shortened too, each saying how many entries it left out, since a comment GitHub refuses shows
 * nothing at all.
 */
public final class MarkdownRenderer {
  public static final int DEFAULT_MAX_CHARS = 60_000;

  private final int maxChars;

  public MarkdownRenderer() {
    this(DEFAULT_MAX_CHARS);
  }

  /**
   * @param maxChars the most characters (UTF-16 units, which never undercounts GitHub's count) the
   *     rendered text may have; at least 2,000
   */
  public MarkdownRenderer(int maxChars) {
    if (maxChars < 2_000) {
      throw new IllegalArgumentException("maxChars must be at least 2000, was " + maxChars);
    }
    this.maxChars = maxChars;
  }

  public int maxChars() {
    return maxChars;
  }

  public String render(Plan plan) {
    List<PlannedChange> visible = PlanView.visibleChanges(plan);
    List<Consequence> problems = new ArrayList<>(PlanView.of(plan, Severity.ERROR));
    problems.addAll(PlanView.of(plan, Severity.WARNING));
    List<PlannedChange> destructive =
        visible.stream().filter(c -> c.action().isDestructive()).toList();
    List<String> blocks = visible.stream().map(c -> block(plan, c)).toList();
    Map<String, RouteWindow> windows = PlanView.windows(plan);

    // Shorten the lists that are always kept only if they alone overflow (see class comment).
    int keptProblems = problems.size();
    int keptDestructive = destructive.size();
    String head = head(plan, problems, keptProblems, destructive, keptDestructive, windows);
    while (head.length() + cutNotice(visible.size(), visible.size()).length() + 200 > maxChars
        && (keptProblems > 0 || keptDestructive > 0)) {
      if (keptProblems >= keptDestructive) {
        keptProblems = keptProblems / 2;
      } else {
        keptDestructive = keptDestructive / 2;
      }
      head = head(plan, problems, keptProblems, destructive, keptDestructive, windows);
    }

    StringBuilder out = new StringBuilder(head);
    if (blocks.isEmpty()) {
      return out.toString();
    }
    out.append("### Changes\n\n");
    int total = out.length() + blocks.stream().mapToInt(String::length).sum();
    if (total <= maxChars) {
      blocks.forEach(out::append);
      return out.toString();
    }
    // Keep blocks from both ends, alternately, while they fit with the notice; cut the middle.
    int budget = maxChars - out.length() - cutNotice(blocks.size(), blocks.size()).length();
    int front = 0;
    int back = blocks.size();
    boolean takeFront = true;
    while (front < back) {
      String next = takeFront ? blocks.get(front) : blocks.get(back - 1);
      if (next.length() > budget) {
        break;
      }
      budget -= next.length();
      if (takeFront) {
        front++;
      } else {
        back--;
      }
      takeFront = !takeFront;
    }
    for (int i = 0; i < front; i++) {
      out.append(blocks.get(i));
    }
    out.append(cutNotice(back - front, blocks.size()));
    for (int i = back; i < blocks.size(); i++) {
      out.append(blocks.get(i));
    }
    return out.toString();
  }

  private String cutNotice(int cut, int of) {
    return "> [!NOTE]\n> **"
        + cut
        + " of "
        + of
        + " resource"
        + (of == 1 ? "" : "s")
        + " cut from the middle of this plan** to keep it within "
        + String.format("%,d", maxChars)
        + " characters. The summary, errors, warnings and destructive changes above are"
        + " complete; `dtplan plan --format text` or `dtplan show` gives the whole plan.\n\n";
  }

  private static String head(
      Plan plan,
      List<Consequence> problems,
      int keptProblems,
      List<PlannedChange> destructive,
      int keptDestructive,
      Map<String, RouteWindow> windows) {
    StringBuilder out = new StringBuilder();
    String status =
        plan.hasErrors()
            ? ":x:"
            : !destructive.isEmpty() ? ":warning:" : plan.hasChanges() ? ":memo:" : ":ok:";
    out.append("## ")
        .append(status)
        .append(" dtplan plan for stack `")
        .append(code(plan.stack()))
        .append("`\n\n");
    out.append("Target: ")
        .append(text(plan.target()))
        .append(" · resource group `")
        .append(code(plan.resourceGroup()))
        .append("` · subscription `")
        .append(code(plan.subscription()))
        .append("`\n\n");
    for (String line : PlanView.scope(plan)) {
      out.append("> [!NOTE]\n> ").append(text(line)).append("\n\n");
    }
    out.append("**").append(PlanView.summary(plan)).append("**\n\n");
    if (plan.hasErrors()) {
      out.append("> [!CAUTION]\n> This plan has errors and cannot be applied.\n\n");
    }

    out.append("### Errors and warnings\n\n");
    if (problems.isEmpty()) {
      out.append("None.\n\n");
    } else {
      // A list, not a table: messages carry long ARM ids, which GitHub cannot wrap in a table.
      for (Consequence c : problems.subList(0, keptProblems)) {
        out.append("- ")
            .append(c.severity() == Severity.ERROR ? ":x: **error**" : ":warning: **warning**")
            .append(" `")
            .append(c.code().name())
            .append("` `")
            .append(code(c.address().toString()))
            .append("`: ")
            .append(text(c.message()))
            .append('\n');
        for (PlanView.Detail d : PlanView.details(c, windows)) {
          out.append("  - ")
              .append(text(d.text()))
              .append(
                  String.join(", ", d.steps().stream().map(id -> "`" + code(id) + "`").toList()))
              .append('\n');
        }
      }
      out.append('\n');
      left(out, problems.size() - keptProblems, "error or warning", "errors and warnings");
    }

    if (!destructive.isEmpty()) {
      out.append("### Destructive changes\n\n");
      for (PlannedChange c : destructive.subList(0, keptDestructive)) {
        out.append("- `")
            .append(c.action().symbol())
            .append("` `")
            .append(code(c.address().toString()))
            .append("` ")
            .append(c.action() == Action.DELETE ? "will be destroyed" : "must be replaced")
            .append(reasonSuffix(c))
            .append(withSuffix(plan.deletedWith(c)))
            .append('\n');
      }
      out.append('\n');
      left(out, destructive.size() - keptDestructive, "destructive change", "destructive changes");
    }
    return out.toString();
  }

  private static void left(StringBuilder out, int left, String one, String many) {
    if (left > 0) {
      out.append("> [!WARNING]\n> **")
          .append(left)
          .append(" more ")
          .append(left == 1 ? one : many)
          .append(" not listed**: the plan is too large for one comment.\n\n");
    }
  }

  /** The endpoints and routes a deleted instance takes with it, each a code span. */
  private static String withSuffix(List<Resource> with) {
    if (with.isEmpty()) {
      return "";
    }
    return ", and with it "
        + String.join(
            ", ",
            with.stream()
                .map(r -> PlanView.kindName(r.kind()) + " `" + code(Plan.nameOf(r)) + "`")
                .toList());
  }

  private static String reasonSuffix(PlannedChange c) {
    return c.reason() == Reason.NONE || c.reason() == Reason.NOT_FOUND
        ? ""
        : " (" + text(c.reason().text()) + ")";
  }

  /**
   * One resource: a summary line that says what happens, its full Azure id, and the attributes as a
   * diff whose ids are relative to the stack's subscription and whose long values wrap.
   */
  static String block(Plan plan, PlannedChange c) {
    StringBuilder body = new StringBuilder();
    if (c.reason() != Reason.NONE && c.reason() != Reason.NOT_FOUND) {
      for (String line : NarrowLines.wrap("# (", c.reason().text() + ")", "#  ")) {
        body.append(line).append('\n');
      }
    }
    AttributeLines.Lines lines = AttributeLines.of(c);
    int width = lines.width();
    boolean shortened = false;
    for (AttributeLines.Line l : lines.shown()) {
      String value = l.text();
      if (l.forcesReplacement()) {
        value += " # forces replacement";
      }
      if (l.note() != null) {
        value += " # " + l.note();
      }
      String relative = NarrowLines.relative(value, plan.subscription());
      shortened |= !relative.equals(value);
      String head = symbol(l.marker()) + " " + String.format("%-" + width + "s", l.path()) + " = ";
      String indent = symbol(l.marker()) + " ".repeat(head.length() - 1);
      for (String line : NarrowLines.wrap(head, relative, indent)) {
        body.append(line).append('\n');
      }
    }
    if (lines.hidden() > 0) {
      body.append("# ").append(AttributeLines.hiddenNote(lines.hidden())).append('\n');
    }
    List<Resource> with = plan.deletedWith(c);
    if (!with.isEmpty()) {
      body.append("# deleted with it:\n");
      for (Resource r : with) {
        body.append("#   ").append(PlanView.childLine(r)).append('\n');
      }
    }
    if (shortened) {
      body.append("# ")
          .append(NarrowLines.ELLIPSIS)
          .append(" is /subscriptions/")
          .append(plan.subscription())
          .append('\n');
    }
    String fence = fenceFor(body);
    String id = JsonRenderer.id(c);
    return "<details><summary><code>"
        + html(c.action().symbol())
        + "</code> <code>"
        + html(c.address().toString())
        + "</code> "
        + html(verb(c))
        + "</summary>\n\n"
        + (id == null ? "" : "Azure id: <code>" + html(id) + "</code>\n\n")
        + fence
        + "diff\n"
        + body
        + fence
        + "\n\n</details>\n\n";
  }

  /**
   * GitHub's {@code diff} highlighting colours {@code +} green, {@code -} red and {@code !} orange,
   * and leaves {@code ~} plain: an attribute changed in place is marked {@code !} here.
   */
  private static String symbol(AttributeLines.Marker marker) {
    return marker == AttributeLines.Marker.CHANGE ? "!" : marker.symbol;
  }

  private static String verb(PlannedChange c) {
    return switch (c.action()) {
      case CREATE -> "will be created";
      case UPDATE -> "will be updated in-place";
      case REPLACE -> "must be replaced";
      case DELETE -> "will be destroyed";
      case NO_OP -> "is unchanged";
    };
  }

  /** A fence longer than any run of backticks inside, so a value can never close it. */
  private static String fenceFor(CharSequence body) {
    int longest = 0;
    int run = 0;
    for (int i = 0; i < body.length(); i++) {
      run = body.charAt(i) == '`' ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    return "`".repeat(Math.max(3, longest + 1));
  }

  private static String html(String s) {
    return ControlChars.escape(s)
        .replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }

  /** Text in a Markdown paragraph or table cell: no HTML, no line breaks. */
  private static String text(String s) {
    return html(oneLine(s));
  }

  /** Inside an inline code span: a backtick would end it, so none are kept. */
  private static String code(String s) {
    return ControlChars.escape(oneLine(s)).replace('`', '\'');
  }

  private static String oneLine(String s) {
    return (s == null ? "" : s).replace("\r", " ").replace("\n", " ");
  }

  /** A pipe ends a table cell, even inside a code span (GFM). */
  private static String cell(String s) {
    return s.replace("|", "\\|");
  }
}
