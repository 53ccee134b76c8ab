package dtplan.azure;

import static org.assertj.core.api.Assertions.assertThat;

import com.azure.core.http.HttpMethod;
import com.azure.core.http.HttpRequest;
import com.azure.core.util.BinaryData;
import dtplan.model.InstanceIdentity;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What goes on the wire for an instance with both identities. */
class IdentityTypeSpellingTest {
  private static final String INSTANCE =
      "http://127.0.0.1:1//subscriptions/s/resourceGroups/rg/providers/Microsoft.DigitalTwins/digitalTwinsInstances/dt1?api-version=2023-01-31";
  private static final String UAI =
      "/subscriptions/s/resourceGroups/rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/u";

  private static String bodyWithBothIdentities() {
    InstanceIdentity both = new InstanceIdentity(true, List.of(UAI), null, null, Map.of());
    var inner =
        new com.azure.resourcemanager.resources.fluent.models.GenericResourceInner()
            .withLocation("westeurope")
            .withIdentity(InstanceJson.identity(both, InstanceIdentity.NONE));
    return BinaryData.fromObject(inner).toString();
  }

  @Test
  void theSdkModelAloneWouldSendTheSpacedSpelling() {
    assertThat(bodyWithBothIdentities()).contains("\"SystemAssigned, UserAssigned\"");
  }

  @Test
  void putsAndPatchesOfAnInstanceCarryTheApiSpelling() {
    for (HttpMethod method : List.of(HttpMethod.PUT, HttpMethod.PATCH)) {
      HttpRequest request = new HttpRequest(method, INSTANCE).setBody(bodyWithBothIdentities());
      IdentityTypeSpelling.respell(request);
      String sent = request.getBodyAsBinaryData().toString();
      assertThat(sent)
          .contains("\"type\":\"SystemAssigned,UserAssigned\"")
          .doesNotContain("SystemAssigned, UserAssigned")
          .contains(UAI);
    }
  }

  @Test
  void otherRequestsAreLeftAlone() {
    String body = bodyWithBothIdentities();
    for (HttpRequest request :
        List.of(
            new HttpRequest(HttpMethod.PUT, INSTANCE.replace("dt1?", "dt1/endpoints/e1?"))
                .setBody(body),
            new HttpRequest(HttpMethod.POST, INSTANCE).setBody(body))) {
      IdentityTypeSpelling.respell(request);
      assertThat(request.getBodyAsBinaryData().toString()).isEqualTo(body);
    }
  }
}
