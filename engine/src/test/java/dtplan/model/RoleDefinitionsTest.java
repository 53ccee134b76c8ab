package dtplan.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Built-in roles are found by name or GUID in any case, as Azure compares them. */
class RoleDefinitionsTest {
  @Test
  void aBuiltInRoleIsFoundByNameInAnyCase() {
    assertThat(RoleDefinitions.builtInGuid("azure EVENT hubs data sender"))
        .contains(RoleDefinitions.EVENT_HUBS_DATA_SENDER);
    assertThat(RoleDefinitions.builtInGuid("Owner")).contains(RoleDefinitions.OWNER);
    assertThat(RoleDefinitions.builtInGuid("Azure Event Hubs Data")).isEmpty();
    assertThat(RoleDefinitions.builtInGuid(null)).isEmpty();
  }

  @Test
  void aBuiltInGuidIsNamedInAnyCaseAndAnUnknownOneIsKept() {
    assertThat(
            RoleDefinitions.displayName(
                RoleDefinitions.STORAGE_BLOB_DATA_CONTRIBUTOR.toUpperCase(Locale.ROOT)))
        .isEqualTo("Storage Blob Data Contributor");
    String custom = "11111111-2222-3333-4444-555555555555";
    assertThat(RoleDefinitions.displayName(custom)).isEqualTo(custom);
    assertThat(RoleDefinitions.displayName(null)).isNull();
  }
}
