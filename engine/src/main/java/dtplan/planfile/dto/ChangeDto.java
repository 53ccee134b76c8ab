package dtplan.planfile.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * One planned change in full. {@code attributes} keep the plan's order and a secret's fingerprint,
 * which the documented {@code resource_changes} leave out; {@code unknowns} map an attribute known
 * only after apply to the address that provides it.
 */
public record ChangeDto(
    @JsonProperty("address") String address,
    @JsonProperty("kind") String kind,
    @JsonProperty("action") String action,
    @JsonProperty("reason") String reason,
    @JsonProperty("attributes") List<AttributeDto> attributes,
    @JsonProperty("before") ResourceDto before,
    @JsonProperty("after") ResourceDto after,
    @JsonProperty("unknowns") Map<String, String> unknowns) {

  /** One attribute: {@code before}/{@code after} are null when absent. */
  public record AttributeDto(
      @JsonProperty("path") String path,
      @JsonProperty("before") ValueDto before,
      @JsonProperty("after") ValueDto after,
      @JsonProperty("forces_replacement") boolean forcesReplacement) {}

  /**
   * A value: {@code kind} is {@code known}, {@code sensitive} ({@code text} is a salted
   * fingerprint) or {@code unknown} ({@code text} names its source).
   */
  public record ValueDto(@JsonProperty("kind") String kind, @JsonProperty("text") String text) {}
}
