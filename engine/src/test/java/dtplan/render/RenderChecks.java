package dtplan.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;

/** Checks that rendered plans are well formed: JSON against its schema, Markdown by parsing it. */
public final class RenderChecks {
  static final Path PLAN_SCHEMA = Path.of("../schemas/dtplan-plan.schema.json");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static JsonSchema schema;

  private RenderChecks() {}

  static synchronized JsonSchema planSchema() {
    if (schema == null) {
      try {
        schema =
            JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(JSON.readTree(PLAN_SCHEMA.toFile()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return schema;
  }

  /** What is wrong with a JSON plan according to the schema; empty when it is valid. */
  public static List<String> schemaProblems(String json) {
    try {
      JsonNode node = JSON.readTree(json);
      return planSchema().validate(node).stream().map(ValidationMessage::toString).toList();
    } catch (IOException e) {
      return List.of("not JSON: " + e.getMessage());
    }
  }

  /** The structure of a Markdown plan, as GitHub's CommonMark parser sees it. */
  record MarkdownShape(
      int detailsOpened, int detailsClosed, int diffBlocks, int tables, List<String> problems) {}

  private static final Pattern DETAILS = Pattern.compile("<(/?)details>");

  static MarkdownShape markdown(String md) {
    Node doc = Parser.builder().extensions(List.of(TablesExtension.create())).build().parse(md);
    List<String> problems = new ArrayList<>();
    int[] open = {0};
    int[] closed = {0};
    int[] depth = {0};
    int[] diffs = {0};
    int[] tables = {0};
    doc.accept(
        new AbstractVisitor() {
          @Override
          public void visit(HtmlBlock html) {
            details(html.getLiteral());
          }

          @Override
          public void visit(HtmlInline html) {
            details(html.getLiteral());
          }

          private void details(String literal) {
            Matcher m = DETAILS.matcher(literal);
            while (m.find()) {
              if (m.group(1).isEmpty()) {
                open[0]++;
                depth[0]++;
              } else {
                closed[0]++;
                depth[0]--;
                if (depth[0] < 0) {
                  problems.add("</details> without an open <details>");
                }
              }
            }
          }

          @Override
          public void visit(FencedCodeBlock code) {
            if (code.getClosingFenceLength() == null) {
              problems.add("a code fence is never closed: " + code.getInfo());
            }
            if (code.getLiteral().contains("</details>")) {
              problems.add("a code fence swallowed </details>");
            }
            if ("diff".equals(code.getInfo())) {
              diffs[0]++;
              for (String line : code.getLiteral().split("\n")) {
                if (!line.isEmpty() && "+-! #".indexOf(line.charAt(0)) < 0) {
                  problems.add("a diff line starts with neither +, -, !, space nor #: " + line);
                }
                if (line.length() > NarrowLines.WIDTH && line.indexOf(' ', valueStart(line)) >= 0) {
                  problems.add("a diff line is wider than it needs to be: " + line);
                }
              }
            }
          }

          @Override
          public void visit(CustomBlock block) {
            if (block instanceof TableBlock) {
              tables[0]++;
              checkTable(block, problems);
            }
            visitChildren(block);
          }
        });
    if (depth[0] != 0) {
      problems.add(depth[0] + " <details> never closed");
    }
    return new MarkdownShape(open[0], closed[0], diffs[0], tables[0], problems);
  }

  private static void checkTable(Node table, List<String> problems) {
    int width = -1;
    for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
      for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
        if (!(row instanceof TableRow)) {
          continue;
        }
        int cells = 0;
        for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
          if (cell instanceof TableCell) {
            cells++;
          }
        }
        if (width < 0) {
          width = cells;
        } else if (cells != width) {
          problems.add("a table row has " + cells + " cells instead of " + width);
        }
      }
    }
  }

  /** Where a diff line's value starts: after {@code = }, or after the marker and indent. */
  private static int valueStart(String line) {
    int eq = line.indexOf(" = ");
    if (eq >= 0) {
      return eq + 3;
    }
    int i = 1;
    while (i < line.length() && line.charAt(i) == ' ') {
      i++;
    }
    return i;
  }
}
