package dtplan.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** ARM's tag limits (tag-resources.md "Limitations") on every kind of resource that has tags. */
class TagsTest {
  static final String SUB = "/subscriptions/" + Sandbox.DEFAULT_SUBSCRIPTION;
  static final String RG = SUB + "/resourceGroups/rg";
  static final String A = "?api-version=2023-01-31";

  /** One resource of each kind that takes tags, as PUT path and body without tags. */
  static final List<String[]> TAGGED =
      List.of(
          new String[] {SUB + "/resourceGroups/rg2", "\"location\":\"westeurope\""},
          new String[] {
            RG + "/providers/Microsoft.DigitalTwins/digitalTwinsInstances/adt",
            "\"location\":\"westeurope\""
          },
          new String[] {
            RG + "/providers/Microsoft.ManagedIdentity/userAssignedIdentities/uai",
            "\"location\":\"westeurope\""
          },
          new String[] {
            RG + "/providers/Microsoft.EventHub/namespaces/ns", "\"location\":\"westeurope\""
          },
          new String[] {
            RG + "/providers/Microsoft.Storage/storageAccounts/acct", "\"location\":\"westeurope\""
          });

  Sandbox sb;
  Http http;

  @BeforeEach
  void start() throws Exception {
    sb = Sandbox.start(SandboxConfig.defaults());
    http = new Http(sb);
    http.put(RG + A, "{\"location\":\"westeurope\"}");
  }

  @AfterEach
  void stop() {
    sb.close();
  }

  private static String tags(int count, String name, String value) {
    StringBuilder b = new StringBuilder("{");
    for (int i = 0; i < count; i++) {
      b.append(i > 0 ? "," : "").append("\"").append(name).append(i).append("\":\"");
      b.append(value).append("\"");
    }
    return b.append("}").toString();
  }

  private Http.Res put(String[] what, String tags) {
    return http.put(what[0] + A, "{" + what[1] + ",\"tags\":" + tags + "}");
  }

  private void refused(String[] what, String tags, String code) {
    Http.Res put = put(what, tags);
    assertThat(put.status()).as(what[0] + " PUT " + code).isEqualTo(400);
    assertThat(put.code()).as(what[0] + " PUT").isEqualTo(code);
    Http.Res patch = http.send("PATCH", what[0] + A, "{\"tags\":" + tags + "}");
    assertThat(patch.status()).as(what[0] + " PATCH " + code).isEqualTo(400);
    assertThat(patch.code()).as(what[0] + " PATCH").isEqualTo(code);
  }

  @Test
  void limitsHoldOnEveryTaggedKindForPutAndPatch() {
    for (String[] what : TAGGED) {
      assertThat(put(what, tags(50, "t", "v".repeat(256))).status())
          .as(what[0] + " at the limits")
          .isIn(200, 201);
      refused(what, tags(51, "t", "v"), "InvalidTags");
      refused(what, tags(1, "v".repeat(256) + "\\u0000", "v"), "InvalidTagNameCharacters");
      refused(what, tags(1, "t", "v".repeat(257)), "InvalidTagValueLength");
      refused(what, "{\" \":\"v\"}", "InvalidTagName");
      refused(what, "{\"t\":1}", "InvalidRequestContent");
      refused(what, "[\"t\"]", "InvalidRequestContent");
      for (String c : List.of("<", ">", "%", "&", "\\\\", "?", "/")) {
        refused(what, "{\"a" + c + "b\":\"v\"}", "InvalidTagNameCharacters");
      }
      boolean storage = what[0].contains("storageAccounts");
      // tags() appends the index: these names are one character over the limit.
      String longName = "n".repeat(storage ? Tags.MAX_NAME_STORAGE : Tags.MAX_NAME);
      assertThat(put(what, tags(1, longName, "v")).status())
          .as(what[0] + " name of " + (longName.length() + 1))
          .isEqualTo(400);
      assertThat(put(what, tags(1, longName.substring(1), "v")).status())
          .as(what[0] + " name at the limit")
          .isIn(200, 201);
    }
  }

  @Test
  void aRefusedPutChangesNothing() {
    String[] instance = TAGGED.get(1);
    assertThat(put(instance, "{\"env\":\"dev\"}").status()).isEqualTo(201);
    http.get(instance[0] + A);
    refused(instance, tags(51, "t", "v"), "InvalidTags");
    Http.Res got = http.get(instance[0] + A);
    assertThat(got.json().path("tags").toString()).isEqualTo("{\"env\":\"dev\"}");
    assertThat(got.json().at("/properties/provisioningState").asText()).isEqualTo("Succeeded");
    Http.Res message = put(instance, "{\"a/b\":\"v\"}");
    assertThat(message.json().at("/error/message").asText())
        .isEqualTo(
            "The tag names 'a/b' have reserved characters '<,>,%,&,\\,?,/' or control characters.");
  }
}
