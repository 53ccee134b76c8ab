package dtplan.provider;

import dtplan.model.Resource;

/**
 * Change {@code prior} in place into {@code desired}. The engine only asks for updates Azure can do
 * in place (instance tags, identity, public network access; endpoint secrets; route target and
 * filter).
 */
public record UpdateRequest(Resource prior, Resource desired) {}
