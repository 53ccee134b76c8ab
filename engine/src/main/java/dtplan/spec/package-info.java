/**
 * The spec: YAML read safely, checked against the JSON Schema and Azure's own rules, and bound into
 * immutable records. Every problem is reported at once with its file, line and column.
 */
package dtplan.spec;
