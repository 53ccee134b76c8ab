package dtplan.planfile.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * What apply needs beyond the documented plan: where it was made, the spec file (its digest is the
 * plan's {@code spec_digest}), the digest of every live object read, each change in full (with its
 * resources, and the salted fingerprints of secrets, never their values), and the endpoints and
 * routes that go with a deleted instance.
 */
public record SavedSection(
    @JsonProperty("tool_version") String toolVersion,
    @JsonProperty("target") TargetDto target,
    @JsonProperty("spec_file") String specFile,
    @JsonProperty("live_digests") Map<String, String> liveDigests,
    @JsonProperty("changes") List<ChangeDto> changes,
    @JsonProperty("deleted_with") List<ResourceDto> deletedWith) {}
