package dtplan.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Built-in roles are found by name or GUID in any case, as Azure compares them; a GUID is told by
 * its shape, and a role assignment's name derived once is derived the same forever (it names live
 * assignments).
 */
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

  @ParameterizedTest(name = "\"{0}\" {1}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      value = {
        "2b629674-e913-4c01-ae53-ef4638d8f975  | true",
        "2B629674-E913-4C01-AE53-EF4638D8F975  | true",
        "2b629674e913-4c01-ae53-ef4638d8f975-  | false",
        "2b629674-e913-4c01-ae53-ef4638d8f97   | false",
        "2b629674-e913-4c01-ae53-ef4638d8f9755 | false",
        "2b629674-e913-4c01-ae53-ef4638d8f97g  | false",
        "'2b629674-e913-4c01-ae53-ef4638d8f975\n' | false",
        "Owner                                 | false",
        "''                                    | false",
        "null                                  | false",
      })
  void aGuidIsEightFourFourFourTwelveHexDigits(String value, boolean guid) {
    assertThat(RoleDefinitions.isGuid(value)).isEqualTo(guid);
  }

  /** Values from the code as it was before names were derived faster (issue 19). */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg-Factory/providers/Microsoft.EventHub/namespaces/ns/eventhubs/telemetry"
            + " | 11111111-2222-3333-4444-555555555555 | 2b629674-e913-4c01-ae53-ef4638d8f975"
            + " | 7bc378b3-8df4-52f7-99b3-b026b33625ae",
        "subscriptions//00000000-0000-0000-0000-000000000001/ | AAAAAAAA-2222-3333-4444-555555555555"
            + " | 8e3af657-a8ff-443c-a75c-2fe8c4bcb635 | fdb88307-1ab2-58ba-905b-b22f686fa61d",
      })
  void aRoleAssignmentsNameIsTheSameUuidV5AsEver(
      String scope, String principal, String role, String name) {
    assertThat(RoleAssignmentNames.of(scope, principal, role)).isEqualTo(name);
  }
}
