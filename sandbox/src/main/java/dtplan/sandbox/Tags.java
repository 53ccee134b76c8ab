package dtplan.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * ARM's limits on the tags of any resource, resource group or subscription.
 *
 * <p>Limits: MicrosoftDocs/azure-docs articles/azure-resource-manager/management/tag-resources.md,
 * "Limitations": at most 50 name/value pairs; a name at most 512 characters (128 on storage
 * accounts), a value at most 256; names without {@code < > % & \ ? /}.
 *
 * <p>Codes and messages: ARM's own are not documented. These are the ones Microsoft's Az.Migrate
 * module raises when it checks tags before calling ARM ({@code
 * custom/New-AzMigrateServerReplication.ps1}, Az.Migrate 2.4.0: {@code InvalidTags}, {@code
 * InvalidTagName}, {@code InvalidTagNameCharacters}, {@code InvalidTagValueLength}, and the
 * empty-name rule); {@code InvalidTagNameCharacters} with that message is also what the Azure CLI
 * shows from ARM in MicrosoftDocs azure-docs-cli, "Write Azure CLI commands for both Bash and
 * PowerShell". Control characters in a name are refused as that message says.
 */
final class Tags {
  static final int MAX_TAGS = 50;
  static final int MAX_NAME = 512;
  static final int MAX_NAME_STORAGE = 128;
  static final int MAX_VALUE = 256;
  private static final Pattern RESERVED = Pattern.compile("[<>%&\\\\?/\\p{Cntrl}]");

  private Tags() {}

  /** Refuses tags that break a limit; null or absent tags are fine. */
  static void check(JsonNode tags, String typeKey) {
    if (tags == null || tags.isNull()) {
      return;
    }
    if (!tags.isObject()) {
      throw invalidContent();
    }
    if (tags.size() > MAX_TAGS) {
      throw ApiError.badRequest(
          "InvalidTags",
          "Too many tags specified. Requested tag count - '"
              + tags.size()
              + "'. Maximum number of tags allowed - '"
              + MAX_TAGS
              + "'.");
    }
    int maxName = "microsoft.storage/storageaccounts".equals(typeKey) ? MAX_NAME_STORAGE : MAX_NAME;
    List<String> reserved = new ArrayList<>();
    List<String> longNames = new ArrayList<>();
    List<String> longValues = new ArrayList<>();
    Iterator<Map.Entry<String, JsonNode>> it = tags.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      String name = e.getKey();
      if (name.isBlank()) {
        throw ApiError.badRequest(
            "InvalidTagName",
            "The tag name must be non-null, non-empty and non-whitespace only. Please provide an"
                + " actual value.");
      }
      if (!e.getValue().isTextual()) {
        throw invalidContent();
      }
      if (RESERVED.matcher(name).find()) {
        reserved.add(name);
      }
      if (name.length() > maxName) {
        longNames.add(name);
      }
      if (e.getValue().asText().length() > MAX_VALUE) {
        longValues.add(e.getValue().asText());
      }
    }
    if (!reserved.isEmpty()) {
      throw ApiError.badRequest(
          "InvalidTagNameCharacters",
          "The tag names '"
              + String.join(", ", reserved)
              + "' have reserved characters '<,>,%,&,\\,?,/' or control characters.");
    }
    if (!longNames.isEmpty()) {
      throw ApiError.badRequest(
          "InvalidTagName",
          "Tag key too large. Following tag name '"
              + String.join(", ", longNames)
              + "' exceeded the maximum length. Maximum allowed length for tag name - '"
              + maxName
              + "' characters.");
    }
    if (!longValues.isEmpty()) {
      throw ApiError.badRequest(
          "InvalidTagValueLength",
          "Tag value too large. Following tag value '"
              + String.join(", ", longValues)
              + "' exceeded the maximum length. Maximum allowed length for tag value - '"
              + MAX_VALUE
              + "' characters.");
    }
  }

  private static ApiError invalidContent() {
    return ApiError.badRequest(
        "InvalidRequestContent", "The request content was invalid and could not be deserialized.");
  }
}
