#!/usr/bin/env bash
# Reproduces docs/images/plan-markdown.png: the Markdown plan of a key-to-identity endpoint
# migration, rendered as a GitHub pull-request comment and captured by headless Chromium.
#
# Usage: docs/images/render-plan-screenshot.sh [OUT.png]
#
# Installs nothing. It needs:
#   - Java 17 (dtplan, and the renderer below run as a single-file source program);
#   - commonmark-java and its GFM tables extension in the local Maven repository
#     (org.commonmark:commonmark and commonmark-ext-gfm-tables, the engine's test dependencies:
#     `./mvnw -pl engine test-compile` fetches them);
#   - npm package github-markdown-css (`npm install github-markdown-css` in NODE_MODULES' parent;
#     NODE_MODULES defaults to ./node_modules);
#   - Debian packages chromium, fonts-noto-color-emoji, fonts-liberation.
# DTPLAN overrides the dtplan launcher (default: ./dtplan of this checkout).
#
# What it does: in a temporary folder (its own embedded sandbox), applies a spec whose event hub
# endpoint is key-based, then plans the identity-based version (with a rotated Service Bus
# secret, a route filter change and a missing dead-letter role, so that the plan shows a
# replacement, a delivery gap, a missing-role warning and sensitive values). It turns that
# plan.md into HTML with commonmark-java, the way GitHub does, with three approximations: emoji
# shortcodes become emoji, ```diff lines starting with + or - are coloured, and every <details> is
# opened, as a reviewer would. Then Chromium takes the screenshot.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
out="$(realpath -m "${1:-$root/docs/images/plan-markdown.png}")"
dtplan="${DTPLAN:-$root/dtplan}"
node_modules="$(realpath -m "${NODE_MODULES:-node_modules}")"
m2="${MAVEN_REPO:-$HOME/.m2/repository}"
cm_version="${COMMONMARK_VERSION:-0.24.0}"
css="$node_modules/github-markdown-css/github-markdown-light.css"
cp_jars="$m2/org/commonmark/commonmark/$cm_version/commonmark-$cm_version.jar:$m2/org/commonmark/commonmark-ext-gfm-tables/$cm_version/commonmark-ext-gfm-tables-$cm_version.jar"

for f in "$css" "${cp_jars%%:*}" "${cp_jars##*:}"; do
  [ -f "$f" ] || { echo "missing $f (see the header of $0)" >&2; exit 1; }
done
command -v chromium > /dev/null || { echo "missing chromium (apt-get install chromium)" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"

# --- 1. the scenario -----------------------------------------------------------------------
# shellcheck disable=SC2016 # ${azure.subscription} is dtplan's interpolation, not the shell's
hub='/subscriptions/${azure.subscription}/resourceGroups/rg-examples/providers/Microsoft.EventHub/namespaces/ns-examples/eventhubs/telemetry'
# shellcheck disable=SC2016
topic='/subscriptions/${azure.subscription}/resourceGroups/rg-examples/providers/Microsoft.ServiceBus/namespaces/sb-examples/topics/alerts'
# shellcheck disable=SC2016
container='/subscriptions/${azure.subscription}/resourceGroups/rg-examples/providers/Microsoft.Storage/storageAccounts/stexamples/blobServices/default/containers/deadletter'

cat > keyed.yaml << EOF
version: 1
stack: factory
azure: {resourceGroup: rg-examples, location: westeurope}
instances:
  factory-twins:
    identity: {system: true}
    tags: {team: iot}
    endpoints:
      telemetry:
        type: eventhub
        auth: key
        eventhub: $hub
        connectionString: \${env:TELEMETRY_CONNECTION}
      alerts:
        type: servicebus
        auth: key
        topic: $topic
        connectionString: \${env:ALERTS_CONNECTION}
    routes:
      telemetry-all: {endpoint: telemetry, filter: "type = 'microsoft.iot.telemetry'"}
      twin-changes: {endpoint: alerts, filter: "type = 'Microsoft.DigitalTwins.Twin.Update'"}
EOF

cat > identity.yaml << EOF
version: 1
stack: factory
azure: {resourceGroup: rg-examples, location: westeurope}
instances:
  factory-twins:
    identity: {system: true}
    tags: {team: iot, owner: platform}
    roles:
      - role: Azure Event Hubs Data Sender
        scope: $hub
    endpoints:
      telemetry:
        type: eventhub
        auth: identity
        eventhub: $hub
        deadLetter:
          container: $container
      alerts:
        type: servicebus
        auth: key
        topic: $topic
        connectionString: \${env:ALERTS_CONNECTION}
    routes:
      telemetry-all: {endpoint: telemetry, filter: "type = 'microsoft.iot.telemetry'"}
      twin-changes: {endpoint: alerts, filter: "type = 'Microsoft.DigitalTwins.Twin.Update' OR type = 'Microsoft.DigitalTwins.Twin.Delete'"}
EOF

unset AZURE_SUBSCRIPTION_ID # the embedded sandbox, never Azure
export NO_COLOR=1
export TELEMETRY_CONNECTION='Endpoint=sb://ns-examples.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=a2V5LTE=;EntityPath=telemetry'
export ALERTS_CONNECTION='Endpoint=sb://sb-examples.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=a2V5LTI=;EntityPath=alerts'
"$dtplan" apply keyed.yaml --auto-approve > apply.log 2>&1 || { cat apply.log >&2; exit 1; }
export ALERTS_CONNECTION='Endpoint=sb://sb-examples.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=cm90YXRlZA==;EntityPath=alerts'
"$dtplan" plan identity.yaml --format markdown > plan.md

# --- 2. Markdown to HTML, as GitHub would ----------------------------------------------------
cat > Render.java << 'EOF'
import java.nio.file.*;
import java.util.*;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.*;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.*;

/** plan.md -> a GitHub-like comment page. Args: MD CSS OUT.html */
public class Render {
  static final Map<String, String> EMOJI = Map.of(
      ":warning:", "\u26a0\ufe0f", ":memo:", "\ud83d\udcdd", ":x:", "\u274c", ":ok:", "\ud83c\udd97",
      ":white_check_mark:", "\u2705", ":information_source:", "\u2139\ufe0f");

  /** ```diff blocks: one span per line, coloured like GitHub's diff highlighting. */
  record DiffBlocks(HtmlNodeRendererContext ctx) implements NodeRenderer {
    public Set<Class<? extends Node>> getNodeTypes() { return Set.of(FencedCodeBlock.class); }
    public void render(Node node) {
      FencedCodeBlock block = (FencedCodeBlock) node;
      HtmlWriter w = ctx.getWriter();
      String info = block.getInfo() == null ? "" : block.getInfo().trim();
      w.line();
      w.raw("<div class=\"highlight highlight-source-" + (info.isEmpty() ? "text" : info) + "\"><pre>");
      String[] lines = block.getLiteral().split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        String l = lines[i];
        if (i == lines.length - 1 && l.isEmpty()) break;
        String cls = !info.equals("diff") ? null : l.startsWith("+") ? "pl-mi1" : l.startsWith("-") ? "pl-md" : null;
        if (cls != null) w.raw("<span class=\"" + cls + "\">");
        w.text(l);
        if (cls != null) w.raw("</span>");
        w.raw("\n");
      }
      w.raw("</pre></div>");
      w.line();
    }
  }

  public static void main(String[] a) throws Exception {
    String md = Files.readString(Path.of(a[0]));
    for (var e : EMOJI.entrySet()) md = md.replace(e.getKey(), e.getValue());
    var ext = List.of(TablesExtension.create());
    Node doc = Parser.builder().extensions(ext).build().parse(md);
    String body = HtmlRenderer.builder().extensions(ext).nodeRendererFactory(DiffBlocks::new).build().render(doc);
    body = body.replace("<details>", "<details open>");
    String page = """
        <!doctype html><html><head><meta charset="utf-8">
        <link rel="stylesheet" href="file://%s">
        <style>
          body { margin: 0; background: #fff; font-family: -apple-system, "Segoe UI", "Noto Sans", "Liberation Sans", Helvetica, Arial, sans-serif; }
          .comment { max-width: 1100px; margin: 20px auto; border: 1px solid #d0d7de; border-radius: 6px; }
          .comment-header { background: #f6f8fa; border-bottom: 1px solid #d0d7de; padding: 8px 16px; font-size: 14px; color: #57606a; border-radius: 6px 6px 0 0; }
          .comment-header b { color: #1f2328; }
          .markdown-body { padding: 16px 24px; font-size: 14px; }
          .markdown-body .pl-mi1 { color: #116329; background-color: #f0fff4; }
          .markdown-body .pl-md { color: #82071e; background-color: #ffebe9; }
          .markdown-body pre, .markdown-body code { font-family: ui-monospace, "Liberation Mono", "DejaVu Sans Mono", monospace; }
        </style></head><body>
        <div class="comment"><div class="comment-header"><b>github-actions</b> (bot) commented</div>
        <article class="markdown-body">
        %s
        </article></div></body></html>
        """.formatted(a[1], body);
    Files.writeString(Path.of(a[2]), page);
  }
}
EOF
java -cp "$cp_jars" Render.java plan.md "$css" plan.html

# --- 3. screenshot -----------------------------------------------------------------------
mkdir -p "$(dirname "$out")"
timeout 120 chromium --headless --no-sandbox --disable-gpu --disable-background-networking \
  --disable-component-update --disable-sync --no-first-run --hide-scrollbars \
  --user-data-dir="$work/chromium-profile" \
  --screenshot="$out" --window-size=1200,1600 "file://$work/plan.html" > chromium.log 2>&1 \
  || { cat chromium.log >&2; exit 1; }
echo "wrote $out"
