/**
 * The resource graph of a spec: what each declared resource refers to, as a directed acyclic graph
 * (jgrapht), for validation, `dtplan graph` and review.
 */
package dtplan.graph;
