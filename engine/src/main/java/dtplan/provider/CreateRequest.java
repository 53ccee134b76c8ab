package dtplan.provider;

import dtplan.model.Resource;

/** Create {@code desired}; if it already exists with the same identity, adopt it. */
public record CreateRequest(Resource desired) {}
