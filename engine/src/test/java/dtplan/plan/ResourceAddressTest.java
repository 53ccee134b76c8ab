package dtplan.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ResourceAddressTest {
  @Test
  void addressesAreValuesWithParts() {
    ResourceAddress hub = Addresses.endpoint("factory", "hub");
    assertThat(hub).isEqualTo(Addresses.endpoint("factory", "hub"));
    assertThat(hub).isNotEqualTo(Addresses.route("factory", "hub"));
    assertThat(hub.toString()).isEqualTo("instances.factory.endpoints.hub");
    assertThat(hub.instanceKey()).isEqualTo("factory");
    assertThat(hub.instance()).isEqualTo(Addresses.instance("factory"));
    assertThat(hub.shortName()).isEqualTo("hub");
    assertThat(Addresses.identity("ingest").instanceKey()).isNull();
    assertThat(Addresses.identity("ingest").instance()).isNull();
  }

  @Test
  void indexedAndQuotedSegmentsReadAsTheSpecWritesThem() {
    assertThat(Addresses.instanceRole("f", 2).toString()).isEqualTo("instances.f.roles[2]");
    assertThat(Addresses.instanceRole("f", 2).shortName()).isEqualTo("roles[2]");
    assertThat(Addresses.dataOwner("f", 0).toString()).isEqualTo("instances.f.dataOwners[0]");
    ResourceAddress orphan = Addresses.orphanRoleAssignment("0a0a-11");
    assertThat(orphan.toString()).isEqualTo("roleAssignments[\"0a0a-11\"]");
    assertThat(orphan.shortName()).isEqualTo("0a0a-11");
  }

  @Test
  void sortedByTextAsPlansAlwaysWere() {
    List<ResourceAddress> sorted =
        java.util.stream.Stream.of(
                Addresses.route("b", "r"), Addresses.instance("b"), Addresses.endpoint("a", "z"))
            .sorted()
            .toList();
    assertThat(sorted)
        .extracting(ResourceAddress::toString)
        .containsExactly("instances.a.endpoints.z", "instances.b", "instances.b.routes.r");
  }

  /** Every pair, including one address a prefix of another and keys a dot or bracket precedes. */
  @Test
  void comparingAddressesIsComparingTheirTexts() {
    List<ResourceAddress> all =
        List.of(
            Addresses.instance("f"),
            Addresses.instance("f-2"),
            Addresses.instance("f.x"),
            Addresses.endpoint("f", "hub"),
            Addresses.endpoint("f", "hub2"),
            Addresses.endpoint("f.x", "hub"),
            Addresses.route("f", "hub"),
            Addresses.instanceRole("f", 2),
            Addresses.instanceRole("f", 10),
            Addresses.dataOwner("f", 0),
            Addresses.identity("f"),
            Addresses.orphanRoleAssignment("0a0a-11"),
            Addresses.orphanRoleAssignment("0a0a"),
            Addresses.instance("g"),
            Addresses.instance("e"),
            Addresses.endpoint("f", "alpha"),
            Addresses.endpoint("f", "zulu"),
            Addresses.instanceRole("f", 9),
            Addresses.roleAssignment("b"),
            Addresses.roleAssignment("a b"),
            Addresses.roleAssignment("a"));
    for (ResourceAddress a : all) {
      for (ResourceAddress b : all) {
        assertThat(Integer.signum(a.compareTo(b)))
            .as("%s vs %s", a, b)
            .isEqualTo(Integer.signum(a.toString().compareTo(b.toString())));
        assertThat(a.equals(b))
            .as("%s equals %s", a, b)
            .isEqualTo(a.toString().equals(b.toString()));
        if (a.equals(b)) {
          assertThat(a.hashCode()).isEqualTo(b.hashCode());
        }
      }
    }
  }

  /** A key with a dot would otherwise read as two steps: it is quoted, and reads back as one. */
  @ParameterizedTest
  @ValueSource(strings = {"a.b", "x[0]", "say \"hi\"", "back\\slash", "with space", ""})
  void aKeyThePathCouldMisreadIsQuotedAndReadsBackAsTheSameAddress(String key) {
    ResourceAddress endpoint = Addresses.endpoint(key, "hub");
    assertThat(endpoint.instanceKey()).isEqualTo(key);
    assertThat(endpoint.toString()).startsWith("instances[\"").endsWith("\"].endpoints.hub");
    assertThat(ResourceAddress.parse(endpoint.toString())).isEqualTo(endpoint);
    assertThat(ResourceAddress.parse(Addresses.identity(key).toString()))
        .isEqualTo(Addresses.identity(key));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "identities.ingest",
        "instances.f.endpoints.hub",
        "instances.f.roles[0]",
        "roleAssignments[\"n-1\"]",
        "roleAssignments.grant"
      })
  void aPlanFileReadsBackWhatWasWritten(String text) {
    assertThat(ResourceAddress.parse(text).toString()).isEqualTo(text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", ".x", "a..b", "a[x]", "a[\"x", "a[1", "a.[1]"})
  void aHandEditedAddressThatDtplanWouldNotWriteIsRefused(String text) {
    assertThatThrownBy(() -> ResourceAddress.parse(text))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
