package dtplan.spec;

import dtplan.diag.SourceLocation;

/** An event route; {@code filter} is {@code true} when the spec gives none. */
public record RouteSpec(String name, String endpoint, String filter, SourceLocation at) {}
