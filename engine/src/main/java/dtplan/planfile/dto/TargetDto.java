package dtplan.planfile.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Where the plan was made: {@code azure} (a subscription), {@code sandbox} (a URL), or {@code
 * embedded-sandbox}.
 */
public record TargetDto(
    @JsonProperty("kind") String kind,
    @JsonProperty("subscription") String subscription,
    @JsonProperty("url") String url) {}
