package dtplan.planfile.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The spec's dependency graph: addresses in topological order, and edges as [from, to]. */
public record GraphDto(
    @JsonProperty("nodes") List<String> nodes, @JsonProperty("edges") List<List<String>> edges) {}
