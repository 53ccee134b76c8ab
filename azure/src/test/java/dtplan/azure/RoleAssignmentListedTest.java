package dtplan.azure;

import static org.assertj.core.api.Assertions.assertThat;

import com.azure.json.JsonProviders;
import com.azure.json.JsonReader;
import com.azure.resourcemanager.authorization.fluent.models.RoleAssignmentInner;
import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Role assignments are listed as raw JSON (the typed list's timestamp parsing was a fifth of a
 * read's client CPU): each one must read exactly as the SDK's typed model reads it.
 */
class RoleAssignmentListedTest {
  static final String SCOPE =
      "/subscriptions/s/resourceGroups/rg/providers/Microsoft.EventHub/namespaces/ns";
  static final String ID =
      SCOPE
          + "/providers/Microsoft.Authorization/roleAssignments/0b5c5a5e-0000-4000-8000-000000000001";

  static Stream<String> assignments() {
    return Stream.of(
        // as ARM lists one, timestamps included
        """
        {"id": "%s", "name": "0b5c5a5e-0000-4000-8000-000000000001",
         "type": "Microsoft.Authorization/roleAssignments",
         "properties": {"scope": "%s", "principalId": "p1", "principalType": "ServicePrincipal",
                        "roleDefinitionId": "/subscriptions/s/providers/Microsoft.Authorization/roleDefinitions/2b629674-e913-4c01-ae53-ef4638d8f975",
                        "description": "dtplan-stack=factory",
                        "createdOn": "2026-12-02T03:00:00.1234567Z",
                        "updatedOn": "2026-12-02T03:00:00Z"}}
        """
            .formatted(ID, SCOPE),
        // no name, no scope, no description, a principal type the SDK's enum does not know
        """
        {"id": "%s", "properties": {"principalId": "p2", "principalType": "SomethingNew",
                                    "roleDefinitionId": "2b629674-e913-4c01-ae53-ef4638d8f975"}}
        """
            .formatted(ID),
        // explicit nulls
        """
        {"id": "%s", "name": null, "properties": {"scope": null, "principalId": "p3",
                                                  "principalType": null, "description": null,
                                                  "roleDefinitionId": "x"}}
        """
            .formatted(ID));
  }

  @ParameterizedTest
  @MethodSource("assignments")
  void readsAsTheTypedModelDoes(String json) throws IOException {
    RoleAssignmentInner inner;
    try (JsonReader reader = JsonProviders.createReader(json)) {
      inner = RoleAssignmentInner.fromJson(reader);
    }

    assertThat(RoleAssignmentJson.fromArm(Json.parse(json)))
        .isEqualTo(RoleAssignmentJson.fromArm(inner));
  }
}
