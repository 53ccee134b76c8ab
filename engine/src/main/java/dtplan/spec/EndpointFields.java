package dtplan.spec;

import com.fasterxml.jackson.databind.JsonNode;
import dtplan.diag.Diagnostics;
import java.util.List;
import java.util.Map;

/**
 * Fields that exist in the schema but do not apply to this endpoint's type or auth. The binder
 * reads only the fields that apply, so without this check an {@code eventhub:} on a Service Bus
 * endpoint would be dropped without a word.
 */
final class EndpointFields {
  /** For each field that only some types take: those types, and what the others use instead. */
  private static final Map<String, List<String>> ONLY_FOR =
      Map.of(
          "eventhub", List.of("eventhub"),
          "topic", List.of("servicebus", "eventgrid"),
          "topicEndpoint", List.of("eventgrid"),
          "connectionString", List.of("eventhub", "servicebus"),
          "secondaryConnectionString", List.of("eventhub", "servicebus"),
          "accessKey", List.of("eventgrid"),
          "secondaryAccessKey", List.of("eventgrid"));

  private final JsonNode tree;
  private final Locations locations;
  private final Diagnostics diagnostics;

  EndpointFields(JsonNode tree, Locations locations, Diagnostics diagnostics) {
    this.tree = tree;
    this.locations = locations;
    this.diagnostics = diagnostics;
  }

  void check() {
    tree.path("instances")
        .fields()
        .forEachRemaining(
            instance ->
                instance
                    .getValue()
                    .path("endpoints")
                    .fields()
                    .forEachRemaining(e -> check(instance.getKey(), e.getKey(), e.getValue())));
  }

  /** Where a field of the endpoint stands; built only for a finding (issue 19). */
  private static String pointer(String instance, String endpoint, String field) {
    return Locations.child(
        Locations.child(
            Locations.child(Locations.child("/instances", instance), "endpoints"), endpoint),
        field);
  }

  private void check(String instance, String name, JsonNode endpoint) {
    String type = endpoint.path("type").asText();
    endpoint
        .fieldNames()
        .forEachRemaining(
            field -> {
              List<String> types = ONLY_FOR.get(field);
              if (types != null && !types.contains(type)) {
                diagnostics.error(
                    locations.ofKey(pointer(instance, name, field)),
                    "endpoint `"
                        + name
                        + "`: `"
                        + field
                        + "` does not apply to type "
                        + type
                        + " (only to "
                        + String.join(", ", types)
                        + ")",
                    insteadHint(field, type));
              }
            });
    if (endpoint.has("identity") && !endpoint.path("auth").asText("key").equals("identity")) {
      diagnostics.error(
          locations.ofKey(pointer(instance, name, "identity")),
          "endpoint `" + name + "`: `identity` applies only with `auth: identity`",
          "add `auth: identity`, or remove `identity`");
    }
  }

  private static String insteadHint(String field, String type) {
    boolean secret =
        field.toLowerCase(java.util.Locale.ROOT).contains("connectionstring")
            || field.toLowerCase(java.util.Locale.ROOT).contains("accesskey");
    if (secret) {
      return type.equals("eventgrid")
          ? "an eventgrid endpoint takes `accessKey`"
          : "a " + type + " endpoint takes `connectionString`";
    }
    return switch (type) {
      case "eventhub" -> "an eventhub endpoint names its event hub with `eventhub:`";
      case "servicebus" -> "a servicebus endpoint names its topic with `topic:`";
      default -> "an eventgrid endpoint names its topic with `topic:` or `topicEndpoint:`";
    };
  }
}
