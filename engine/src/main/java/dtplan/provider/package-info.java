/**
 * The seam between planning and the cloud. {@link dtplan.provider.Provider} is the only way the
 * engine reads or changes Azure; each call takes one request record and returns one response
 * record, and every call is idempotent.
 */
package dtplan.provider;
