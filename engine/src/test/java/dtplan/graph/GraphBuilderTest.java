package dtplan.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dtplan.spec.SpecLoader;
import dtplan.spec.SpecOptions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GraphBuilderTest {
  static final String SUB = "00000000-0000-0000-0000-000000000000";
  static final String RG = "/subscriptions/" + SUB + "/resourceGroups/rg";
  static final String HUB = RG + "/providers/Microsoft.EventHub/namespaces/ns/eventhubs/h";

  @Test
  void rolesCoveringAnEndpointsDestinationComeBeforeItAndUnrelatedRolesDoNot() throws Exception {
    String yaml =
        """
        version: 1
        stack: s
        azure: {resourceGroup: rg, location: westeurope}
        instances:
          twins:
            identity: {system: true}
            roles:
              - {role: Azure Event Hubs Data Sender, scope: %s}
              - {role: Azure Event Hubs Data Sender, scope: %s/providers/Microsoft.EventHub/namespaces/other}
            endpoints:
              hub: {type: eventhub, auth: identity, eventhub: %s}
            routes:
              r: {endpoint: hub}
        """
            .formatted(RG, RG, HUB);
    ResourceGraph graph =
        GraphBuilder.build(
            new SpecLoader().parse("t.yaml", yaml, new SpecOptions(Map.of(), Map.of(), null, SUB)));
    List<String> edges =
        graph.edges().stream().map(e -> e[0].address() + " -> " + e[1].address()).toList();
    assertThat(edges)
        .contains(
            "instances.twins.roles[0] -> instances.twins.endpoints.hub",
            "instances.twins.endpoints.hub -> instances.twins.routes.r",
            "instances.twins -> instances.twins.roles[1]")
        .doesNotContain("instances.twins.roles[1] -> instances.twins.endpoints.hub");
    List<String> order = graph.topologicalOrder().stream().map(SpecNode::address).toList();
    assertThat(order.indexOf("instances.twins.roles[0]"))
        .isLessThan(order.indexOf("instances.twins.endpoints.hub"));
  }
}
