package dtplan.provider;

import dtplan.model.Resource;

/** The resource as Azure holds it after the create, with the values only Azure knows. */
public record CreateResponse(Resource created) {}
