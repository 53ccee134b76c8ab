package dtplan.model;

/** The {@code endpointType} discriminator of an ADT endpoint. */
public enum EndpointType {
  EVENT_HUB("EventHub", "eventhub"),
  SERVICE_BUS("ServiceBus", "servicebus"),
  EVENT_GRID("EventGrid", "eventgrid");

  private final String armName;
  private final String specName;

  EndpointType(String armName, String specName) {
    this.armName = armName;
    this.specName = specName;
  }

  public String armName() {
    return armName;
  }

  public String specName() {
    return specName;
  }

  public static EndpointType fromArm(String value) {
    for (EndpointType t : values()) {
      if (t.armName.equalsIgnoreCase(value)) {
        return t;
      }
    }
    throw new IllegalArgumentException("unknown endpointType: " + value);
  }

  public static EndpointType fromSpec(String value) {
    for (EndpointType t : values()) {
      if (t.specName.equals(value)) {
        return t;
      }
    }
    throw new IllegalArgumentException("unknown endpoint type: " + value);
  }
}
