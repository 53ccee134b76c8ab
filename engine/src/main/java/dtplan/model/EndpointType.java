package dtplan.model;

/** The {@code endpointType} discriminator of an ADT endpoint. */
public enum EndpointType implements Spelled {
  EVENT_HUB("EventHub", "eventhub"),
  SERVICE_BUS("ServiceBus", "servicebus"),
  EVENT_GRID("EventGrid", "eventgrid");

  private final String armName;
  private final String specName;

  EndpointType(String armName, String specName) {
    this.armName = armName;
    this.specName = specName;
  }

  @Override
  public String armName() {
    return armName;
  }

  @Override
  public String specName() {
    return specName;
  }

  public static EndpointType fromArm(String value) {
    return Spelled.byArmName(EndpointType.class, value, "endpointType");
  }

  public static EndpointType fromSpec(String value) {
    return Spelled.bySpecName(EndpointType.class, value, "endpoint type");
  }
}
