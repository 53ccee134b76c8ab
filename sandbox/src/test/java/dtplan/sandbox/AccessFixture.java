package dtplan.sandbox;

/** Two provisioned instances in one resource group; the first has an active endpoint eh1. */
final class AccessFixture {
  static final String SUB = "/subscriptions/" + Sandbox.DEFAULT_SUBSCRIPTION;
  static final String RG = SUB + "/resourceGroups/rg-access";
  static final String INST = RG + "/providers/Microsoft.DigitalTwins/digitalTwinsInstances/adt1";
  static final String SIBLING = RG + "/providers/Microsoft.DigitalTwins/digitalTwinsInstances/adt2";
  static final String ARM = "?api-version=2023-01-31";
  static final String DP = "?api-version=2023-10-31";
  static final String ROUTE = "{\"endpointName\":\"eh1\",\"filter\":\"true\"}";

  private AccessFixture() {}

  /** Seeds the instances (at once, as seeding does) and answers the first one's hostName. */
  static String seed(Sandbox sb, String instanceProperties) {
    sb.seed(
        """
        {"resources": [
          {"id": "%s", "body": {"location": "westeurope", "properties": %s}},
          {"id": "%s/endpoints/eh1", "body": {"properties": {"endpointType": "EventHub",
            "connectionStringPrimaryKey":
              "Endpoint=sb://ns.servicebus.windows.net/;SharedAccessKeyName=k;SharedAccessKey=s;EntityPath=h"}}},
          {"id": "%s", "body": {"location": "westeurope"}}
        ]}
        """
            .formatted(INST, instanceProperties, INST, SIBLING));
    return new Http(sb).get(INST + ARM).json().at("/properties/hostName").asText();
  }

  static String seed(Sandbox sb) {
    return seed(sb, "{}");
  }
}
