package dtplan.planfile.dto;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dtplan.model.UserIdentity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The kind no golden scenario has (a user identity), pinned field by field, and read back. The
 * other kinds are pinned by the saved golden plan in {@code PlanFileTest}.
 */
class PlanFileMapperTest {
  @Test
  void aUserIdentityIsWrittenWithItsOwnFieldNamesAndReadsBack() {
    UserIdentity ingest =
        new UserIdentity(
            "/subscriptions/s/resourceGroups/rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/ingest",
            "westeurope",
            Map.of("team", "iot"),
            "p-1",
            "c-1");
    JsonNode json = new ObjectMapper().valueToTree(PlanFileMapper.toDto(ingest));
    List<String> fields = new ArrayList<>();
    json.fieldNames().forEachRemaining(fields::add);
    assertThat(fields)
        .containsExactly("kind", "id", "location", "tags", "principal_id", "client_id");
    assertThat(json.path("kind").asText()).isEqualTo("user_identity");
    assertThat(PlanFileMapper.fromDto(PlanFileMapper.toDto(ingest))).isEqualTo(ingest);
  }
}
