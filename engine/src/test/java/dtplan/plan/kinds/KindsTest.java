package dtplan.plan.kinds;

import static org.assertj.core.api.Assertions.assertThat;

import dtplan.model.ResourceKind;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KindsTest {
  @Test
  void everyKindHasItsOwnUnitAndNameInPlans() {
    for (ResourceKind kind : ResourceKind.values()) {
      assertThat(Kinds.of(kind)).as("%s", kind).isNotNull();
      assertThat(Kinds.of(kind).kind()).isEqualTo(kind);
    }
    assertThat(Arrays.stream(ResourceKind.values()).map(k -> Kinds.of(k).displayName()))
        .doesNotHaveDuplicates()
        .containsExactly(
            "identity",
            "instance",
            "role_assignment",
            "endpoint",
            "route",
            "private_endpoint",
            "private_endpoint_connection",
            "data_history",
            "data_explorer_principal");
  }

  /** What a replacement's reason names: the first changed attribute in this order. */
  @Test
  void onlyInstancesAndEndpointsHaveAttributesAzureCannotChangeInPlace() {
    assertThat(Kinds.of(ResourceKind.INSTANCE).replacedWhenChanged()).containsOnlyKeys("location");
    assertThat(Kinds.of(ResourceKind.ENDPOINT).replacedWhenChanged().keySet())
        .containsExactly(
            "type", "authenticationType", "identity", "endpointUri", "entityPath", "topicEndpoint");
    assertThat(Kinds.of(ResourceKind.ROUTE).replacedWhenChanged()).isEmpty();
    assertThat(Kinds.of(ResourceKind.ROLE_ASSIGNMENT).replacedWhenChanged()).isEmpty();
    assertThat(Kinds.of(ResourceKind.USER_IDENTITY).replacedWhenChanged()).isEmpty();
    // Azure has no update for a connection: every managed attribute replaces it (assumed).
    dtplan.model.DataHistoryConnection c =
        new dtplan.model.DataHistoryConnection(
            "/i", "h", "/c", "u", "d", null, "t", "r", "sb://n/", "e", "/n", null, true, null,
            null);
    assertThat(Kinds.of(c).replacedWhenChanged().keySet())
        .containsExactlyElementsOf(Kinds.of(c).attributes(c, Map.of(), Map.of()).keySet());
  }

  /** The DNS zone group is written on its own, so only where the endpoint sits forces a new one. */
  @Test
  void aPrivateEndpointIsReplacedForItsLocationSubnetOrTargetButNotItsDnsZone() {
    assertThat(Kinds.of(ResourceKind.PRIVATE_ENDPOINT).replacedWhenChanged().keySet())
        .containsExactly("location", "subnet", "privateLinkServiceId", "groupId")
        .doesNotContain("dnsZone");
    assertThat(Kinds.of(ResourceKind.PRIVATE_ENDPOINT_CONNECTION).replacedWhenChanged()).isEmpty();
  }
}
