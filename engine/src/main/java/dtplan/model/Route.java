package dtplan.model;

/** A data-plane event route of an instance. Azure requires a filter; {@code "true"} routes all. */
public record Route(String instanceId, String name, String endpointName, String filter)
    implements Resource {
  public Route {
    instanceId = ArmId.normalize(instanceId);
  }

  @Override
  public String id() {
    return instanceId + "/eventRoutes/" + name;
  }

  @Override
  public ResourceKind kind() {
    return ResourceKind.ROUTE;
  }
}
