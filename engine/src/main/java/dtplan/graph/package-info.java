/**
 * The order apply will follow, drawn: the steps of a plan (or of creating a spec's stack from
 * nothing) and the ordering rules between them, reduced to the edges a reader needs, as Graphviz
 * DOT or Mermaid.
 */
package dtplan.graph;
