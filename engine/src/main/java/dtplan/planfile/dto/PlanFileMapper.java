package dtplan.planfile.dto;

import dtplan.model.AuthType;
import dtplan.model.DataExplorerPrincipal;
import dtplan.model.DataHistoryConnection;
import dtplan.model.Endpoint;
import dtplan.model.EndpointIdentity;
import dtplan.model.EndpointSecrets;
import dtplan.model.EndpointType;
import dtplan.model.Instance;
import dtplan.model.InstanceIdentity;
import dtplan.model.PrivateEndpoint;
import dtplan.model.PrivateEndpointConnection;
import dtplan.model.Resource;
import dtplan.model.ResourceKind;
import dtplan.model.RoleAssignment;
import dtplan.model.Route;
import dtplan.model.Secret;
import dtplan.model.UserIdentity;
import dtplan.plan.Action;
import dtplan.plan.AttributeChange;
import dtplan.plan.PlannedChange;
import dtplan.plan.Reason;
import dtplan.plan.ResourceAddress;
import dtplan.plan.Value;
import dtplan.planfile.dto.ChangeDto.AttributeDto;
import dtplan.planfile.dto.ChangeDto.ValueDto;
import dtplan.planfile.dto.ResourceDto.DataExplorerPrincipalDto;
import dtplan.planfile.dto.ResourceDto.DataHistoryDto;
import dtplan.planfile.dto.ResourceDto.EndpointDto;
import dtplan.planfile.dto.ResourceDto.EndpointIdentityDto;
import dtplan.planfile.dto.ResourceDto.IdentityDto;
import dtplan.planfile.dto.ResourceDto.InstanceDto;
import dtplan.planfile.dto.ResourceDto.InstanceIdentityDto;
import dtplan.planfile.dto.ResourceDto.PrivateEndpointConnectionDto;
import dtplan.planfile.dto.ResourceDto.PrivateEndpointDto;
import dtplan.planfile.dto.ResourceDto.RoleAssignmentDto;
import dtplan.planfile.dto.ResourceDto.RouteDto;
import dtplan.planfile.dto.ResourceDto.SecretSourcesDto;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The one place where the internal model meets the file: planned changes to {@link ChangeDto} and
 * back. Enum values are written in lower case; resource fields under their own names. A secret
 * reads back as a placeholder with its source, never to be written anywhere (apply derives the plan
 * again and writes what that gives).
 */
public final class PlanFileMapper {
  /** What a secret read from a plan file holds: the file never has the value. */
  public static final String SECRET_PLACEHOLDER = "\u0000unresolved";

  private PlanFileMapper() {}

  public static ChangeDto toDto(PlannedChange c) {
    return new ChangeDto(
        c.address().toString(),
        lower(c.kind()),
        lower(c.action()),
        lower(c.reason()),
        c.attributes().stream().map(PlanFileMapper::toDto).toList(),
        toDto(c.before()),
        toDto(c.after()),
        new TreeMap<>(
            c.unknowns().entrySet().stream()
                .collect(
                    java.util.stream.Collectors.toMap(
                        Map.Entry::getKey, e -> e.getValue().toString()))));
  }

  /** The change a DTO describes; an {@link IllegalArgumentException} names a value out of range. */
  public static PlannedChange fromDto(ChangeDto c) {
    return new PlannedChange(
        ResourceAddress.parse(required(c.address(), "address")),
        upper(ResourceKind.class, c.kind(), "kind"),
        upper(Action.class, c.action(), "action"),
        upper(Reason.class, c.reason(), "reason"),
        c.attributes().stream().map(PlanFileMapper::fromDto).toList(),
        fromDto(c.before()),
        fromDto(c.after()),
        c.unknowns().entrySet().stream()
            .collect(
                java.util.stream.Collectors.toMap(
                    Map.Entry::getKey, e -> ResourceAddress.parse(e.getValue()))));
  }

  private static AttributeDto toDto(AttributeChange a) {
    return new AttributeDto(a.path(), toDto(a.before()), toDto(a.after()), a.forcesReplacement());
  }

  private static AttributeChange fromDto(AttributeDto a) {
    return new AttributeChange(
        required(a.path(), "path"), fromDto(a.before()), fromDto(a.after()), a.forcesReplacement());
  }

  private static ValueDto toDto(Value v) {
    return v == null ? null : new ValueDto(lower(v.kind()), v.text());
  }

  private static Value fromDto(ValueDto v) {
    return v == null
        ? null
        : new Value(required(v.text(), "text"), upper(Value.Kind.class, v.kind(), "value kind"));
  }

  public static ResourceDto toDto(Resource r) {
    if (r == null) {
      return null;
    }
    if (r instanceof UserIdentity u) {
      return new IdentityDto(u.id(), u.location(), u.tags(), u.principalId(), u.clientId());
    }
    if (r instanceof Instance i) {
      return new InstanceDto(
          i.id(),
          i.location(),
          i.tags(),
          new InstanceIdentityDto(
              i.identity().system(),
              i.identity().userAssigned(),
              i.identity().principalId(),
              i.identity().tenantId(),
              i.identity().userPrincipalIds()),
          i.publicNetworkAccess(),
          i.hostName(),
          i.provisioningState());
    }
    if (r instanceof RoleAssignment ra) {
      return new RoleAssignmentDto(
          ra.scope(),
          ra.principalId(),
          ra.roleDefinitionId(),
          ra.name(),
          ra.description(),
          ra.principalType());
    }
    if (r instanceof Endpoint e) {
      return new EndpointDto(
          e.instanceId(),
          e.name(),
          e.type() == null ? null : e.type().armName(),
          e.auth() == null ? null : e.auth().armName(),
          e.identity() == null
              ? null
              : new EndpointIdentityDto(e.identity().userAssignedIdentity()),
          e.endpointUri(),
          e.entityPath(),
          e.topicEndpoint(),
          e.deadLetterUri(),
          new SecretSourcesDto(
              source(e.secrets().primary()),
              source(e.secrets().secondary()),
              source(e.secrets().deadLetter())),
          e.provisioningState());
    }
    if (r instanceof PrivateEndpoint pe) {
      return new PrivateEndpointDto(
          pe.id(),
          pe.instanceId(),
          pe.location(),
          pe.subnet(),
          pe.groupId(),
          pe.dnsZone(),
          pe.tags(),
          pe.provisioningState());
    }
    if (r instanceof PrivateEndpointConnection c) {
      return new PrivateEndpointConnectionDto(
          c.instanceId(), c.name(), c.privateEndpointId(), c.status(), c.description());
    }
    if (r instanceof DataHistoryConnection c) {
      return DataHistoryDtos.toDto(c);
    }
    if (r instanceof DataExplorerPrincipal p) {
      return new DataExplorerPrincipalDto(
          p.databaseId(), p.principalId(), p.role(), p.principalType(), p.name());
    }
    Route rt = (Route) r; // the last kind Resource permits
    return new RouteDto(rt.instanceId(), rt.name(), rt.endpointName(), rt.filter());
  }

  public static Resource fromDto(ResourceDto r) {
    if (r == null) {
      return null;
    }
    if (r instanceof IdentityDto u) {
      return new UserIdentity(
          required(u.id(), "id"), u.location(), u.tags(), u.principalId(), u.clientId());
    }
    if (r instanceof InstanceDto i) {
      return new Instance(
          required(i.id(), "id"),
          i.location(),
          i.tags(),
          i.identity() == null
              ? null
              : new InstanceIdentity(
                  i.identity().system(),
                  i.identity().userAssigned(),
                  i.identity().principalId(),
                  i.identity().tenantId(),
                  i.identity().userPrincipalIds()),
          i.publicNetworkAccess(),
          i.hostName(),
          i.provisioningState());
    }
    if (r instanceof RoleAssignmentDto ra) {
      return new RoleAssignment(
          required(ra.scope(), "scope"),
          ra.principalId(),
          required(ra.roleDefinitionId(), "role_definition_id"),
          ra.name(),
          ra.description(),
          ra.principalType());
    }
    if (r instanceof EndpointDto e) {
      return new Endpoint(
          required(e.instanceId(), "instance_id"),
          required(e.name(), "name"),
          e.type() == null ? null : EndpointType.fromArm(e.type()),
          e.authenticationType() == null ? null : AuthType.fromArm(e.authenticationType()),
          e.identity() == null ? null : new EndpointIdentity(e.identity().userAssignedIdentity()),
          e.endpointUri(),
          e.entityPath(),
          e.topicEndpoint(),
          e.deadLetterUri(),
          e.secretSources() == null
              ? EndpointSecrets.NONE
              : new EndpointSecrets(
                  secret(e.secretSources().primary()),
                  secret(e.secretSources().secondary()),
                  secret(e.secretSources().deadLetter())),
          e.provisioningState());
    }
    if (r instanceof PrivateEndpointDto pe) {
      return new PrivateEndpoint(
          required(pe.id(), "id"),
          required(pe.instanceId(), "instance_id"),
          pe.location(),
          pe.subnet(),
          pe.groupId(),
          pe.dnsZone(),
          pe.tags(),
          pe.provisioningState());
    }
    if (r instanceof PrivateEndpointConnectionDto c) {
      return new PrivateEndpointConnection(
          required(c.instanceId(), "instance_id"),
          required(c.name(), "name"),
          c.privateEndpointId(),
          c.status(),
          c.description());
    }
    if (r instanceof DataHistoryDto c) {
      return DataHistoryDtos.fromDto(c);
    }
    if (r instanceof DataExplorerPrincipalDto p) {
      return new DataExplorerPrincipal(
          required(p.databaseId(), "database_id"),
          p.principalId(),
          required(p.role(), "role"),
          p.principalType(),
          p.name());
    }
    RouteDto rt = (RouteDto) r; // the last kind ResourceDto permits
    return new Route(
        required(rt.instanceId(), "instance_id"),
        required(rt.name(), "name"),
        rt.endpointName(),
        rt.filter());
  }

  private static String source(Secret s) {
    return s == null ? null : s.source();
  }

  private static Secret secret(String source) {
    return source == null ? null : Secret.of(SECRET_PLACEHOLDER, source);
  }

  /** Lower-case enum names, e.g. {@code role_assignment}, {@code attributes_differ}. */
  public static String lower(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT);
  }

  public static <E extends Enum<E>> E upper(Class<E> type, String text, String what) {
    required(text, what);
    for (E e : type.getEnumConstants()) {
      if (lower(e).equals(text)) {
        return e;
      }
    }
    throw new IllegalArgumentException("`" + text + "` is not a known " + what);
  }

  static String required(String text, String what) {
    if (text == null) {
      throw new IllegalArgumentException("`" + what + "` is null");
    }
    return text;
  }

  /** For maps read from a file: null reads as empty, like the records' own constructors do. */
  static Map<String, String> orEmpty(Map<String, String> m) {
    return m == null ? Map.of() : m;
  }
}
