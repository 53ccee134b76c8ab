package dtplan.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * One parsed request.
 *
 * @param segments decoded path segments, original case
 * @param query parameters with lower-cased keys
 * @param headers the first value of each header, by lower-cased name
 * @param failLro a fault rule asked that an operation this request starts ends Failed
 */
record Req(
    String method,
    String path,
    List<String> segments,
    Map<String, String> query,
    Map<String, String> headers,
    JsonNode body,
    boolean failLro) {

  String apiVersion() {
    return query.get("api-version");
  }

  String seg(int i) {
    return i < segments.size() ? segments.get(i) : null;
  }

  /** The JSON body, or an ARM error when it is missing or not an object. */
  JsonNode requireBody() {
    if (body == null || !body.isObject()) {
      throw ApiError.badRequest(
          "InvalidRequestContent",
          "The request content was invalid and could not be deserialized.");
    }
    return body;
  }
}
