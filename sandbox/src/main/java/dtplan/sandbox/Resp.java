package dtplan.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;

/** One answer: status, extra headers and an optional JSON body. */
record Resp(int status, Map<String, String> headers, JsonNode body) {

  static Resp of(int status, JsonNode body) {
    return new Resp(status, new LinkedHashMap<>(), body);
  }

  static Resp empty(int status) {
    return new Resp(status, new LinkedHashMap<>(), null);
  }

  Resp header(String name, String value) {
    headers.put(name, value);
    return this;
  }
}
