package dtplan.plan;

/** Why a change has its action. Renderers show {@link #text()}; they never work it out again. */
public enum Reason {
  NONE(""),
  NOT_FOUND("does not exist yet"),
  NOT_IN_SPEC("is no longer in the spec"),
  ATTRIBUTES_DIFFER("differs from the spec"),
  CHANGED_OUTSIDE_DTPLAN("was changed outside dtplan"),
  ADOPT_EXISTING("exists but is not yet part of this stack: dtplan adopts it"),
  OWNED_BY_OTHER_STACK("belongs to another dtplan stack, which this plan may not take over"),
  SECRET_CHANGED("its secret differs from the one last applied"),
  SECRET_UNKNOWN("its secret was not applied by dtplan, so dtplan writes it again"),
  AUTH_TYPE_CANNOT_CHANGE_IN_PLACE("an endpoint's authentication type cannot change in place"),
  ENDPOINT_TYPE_CANNOT_CHANGE("an endpoint's type cannot change in place"),
  DESTINATION_CANNOT_CHANGE("an endpoint's destination cannot change in place"),
  IDENTITY_CANNOT_CHANGE("the identity an endpoint authenticates with cannot change in place"),
  LOCATION_CANNOT_CHANGE("an instance's location cannot change in place"),
  SUBNET_CANNOT_CHANGE("a private endpoint's subnet cannot change in place"),
  PRIVATE_LINK_TARGET_CANNOT_CHANGE(
      "what a private endpoint connects to (instance, group) cannot change in place"),
  PRIVATE_ENDPOINT_LOCATION_CANNOT_CHANGE("a private endpoint's location cannot change in place"),
  INSTANCE_REPLACED(
      "the instance it connects to is replaced, and the new instance needs a connection of its own"),
  CONNECTION_PENDING(
      "Azure left the private endpoint's connection waiting for the instance's approval"),
  LAST_OPERATION_FAILED("its last operation failed"),
  ENDPOINT_REPLACED(
      "the endpoint it targets is replaced, and Azure refuses to delete an endpoint that routes use"),
  NO_ROOM_FOR_BOTH_ENDPOINTS(
      "the instance has no room for its new endpoint while the old one exists (Azure allows 6), and"
          + " Azure refuses to delete an endpoint that routes use"),
  DATA_HISTORY_CANNOT_CHANGE("Azure has no update for a data history connection"),
  NEW_PRINCIPAL("the system identity is enabled anew and gets a new principal id"),
  REPLACE_REQUESTED("its replacement was requested"),
  STACK_DESTROYED("its stack is destroyed");

  private final String text;

  Reason(String text) {
    this.text = text;
  }

  public String text() {
    return text;
  }
}
