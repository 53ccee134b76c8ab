package dtplan.azure;

import com.fasterxml.jackson.databind.JsonNode;

/** One ARM answer, read completely: status, the headers LRO polling needs, and the JSON body. */
record ArmResponse(
    int status, String asyncOperation, String location, String retryAfter, JsonNode body) {

  boolean ok() {
    return status >= 200 && status < 300;
  }
}
