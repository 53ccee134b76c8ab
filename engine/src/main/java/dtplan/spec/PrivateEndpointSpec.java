package dtplan.spec;

import dtplan.diag.SourceLocation;

/**
 * A private endpoint the spec asks for on an instance: in {@code subnet} (a virtual network subnet
 * id), registered in the private DNS zone {@code dnsZone} when one is given (else null). {@code
 * name} is the key unless the spec gives {@code name:}; {@code location} is its virtual network's
 * region when that differs from the stack's, else null.
 */
public record PrivateEndpointSpec(
    String key, String name, String subnet, String dnsZone, String location, SourceLocation at) {}
