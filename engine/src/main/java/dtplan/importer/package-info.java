/**
 * {@code dtplan import}: from live state as the provider read it to a spec document that plans as
 * an adoption only. Pure functions; the CLI reads and writes files.
 */
package dtplan.importer;
