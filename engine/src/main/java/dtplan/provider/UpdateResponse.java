package dtplan.provider;

import dtplan.model.Resource;

/** The resource as Azure holds it after the update. */
public record UpdateResponse(Resource updated) {}
