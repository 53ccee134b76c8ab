package dtplan.graph;

import dtplan.diag.SourceLocation;
import dtplan.model.ResourceKind;

/** A resource declared in a spec, by its plan address, with its place in the spec. */
public record SpecNode(String address, ResourceKind kind, SourceLocation at) {}
