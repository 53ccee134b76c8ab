package dtplan.provider;

import dtplan.model.Resource;

/** Delete {@code prior}; a resource that is already gone counts as deleted. */
public record DeleteRequest(Resource prior) {}
