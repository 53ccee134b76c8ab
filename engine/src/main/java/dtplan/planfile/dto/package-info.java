/**
 * The {@code saved} section of a saved plan, as records of its own. Their field names are the file
 * format, written out in {@code @JsonProperty}; the internal model ({@code dtplan.plan}, {@code
 * dtplan.model}) is mapped to and from them in one place, {@link
 * dtplan.planfile.dto.PlanFileMapper}, so renaming an internal field cannot change the file.
 */
package dtplan.planfile.dto;
