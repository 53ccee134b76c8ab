package dtplan.importer;

import dtplan.model.ArmId;
import dtplan.model.AuthType;
import dtplan.model.DataHistoryConnection;
import dtplan.model.Endpoint;
import dtplan.model.EndpointType;
import dtplan.model.Instance;
import dtplan.model.PrivateEndpoint;
import dtplan.model.PrivateEndpointConnection;
import dtplan.model.RoleAssignment;
import dtplan.model.RoleDefinitions;
import dtplan.model.Route;
import dtplan.plan.SecretTags;
import dtplan.provider.ReadResponse;
import dtplan.spec.Cloud;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Live state to a spec that plans as an adoption: the same instances, identities, roles, endpoints
 * and routes, with secrets replaced by {@code ${env:…}} and comments where a choice was made.
 * Fields follow docs/spec.md's order.
 */
public final class SpecImporter {
  private SpecImporter() {}

  /** The instances to import and the ones another stack owns, by name. */
  public record Selection(List<Instance> kept, List<String> skipped) {}

  public static Selection select(ImportRequest request, List<Instance> live) {
    List<Instance> kept = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    for (Instance i : live.stream().sorted(Comparator.comparing(Instance::name)).toList()) {
      if (!request.instanceNames().isEmpty()
          && request.instanceNames().stream().noneMatch(n -> n.equalsIgnoreCase(i.name()))) {
        continue;
      }
      Optional<String> owner = stackOf(i);
      if (owner.isPresent() && !owner.get().equals(request.stack())) {
        skipped.add(i.name() + " (tagged dtplan-stack=" + owner.get() + ")");
      } else {
        kept.add(i);
      }
    }
    return new Selection(kept, skipped);
  }

  /**
   * The destination ids worth reading before {@link #generate}: guesses in the imported group and
   * in every group where the kept instances' identities hold roles.
   */
  public static Set<String> destinationCandidates(ImportRequest request, ReadResponse live) {
    List<Instance> kept = select(request, live.instances()).kept();
    return Destinations.candidates(endpointsOf(kept, live), groups(request, kept, live));
  }

  /** The user-assigned identities the kept instances link, to read with the destinations. */
  public static Set<String> userIdentityIds(ImportRequest request, ReadResponse live) {
    Set<String> ids = new LinkedHashSet<>();
    select(request, live.instances()).kept().forEach(i -> ids.addAll(i.identity().userAssigned()));
    return ids;
  }

  public static ImportResult generate(ImportRequest request, ReadResponse live) {
    return new Generation(request, live).run();
  }

  static Optional<String> stackOf(Instance i) {
    return i.tags().entrySet().stream()
        .filter(e -> e.getKey().equalsIgnoreCase(SecretTags.STACK_TAG))
        .map(Map.Entry::getValue)
        .findFirst();
  }

  static List<Endpoint> endpointsOf(List<Instance> kept, ReadResponse live) {
    return live.endpoints().stream()
        .filter(e -> kept.stream().anyMatch(i -> ArmId.same(i.id(), e.instanceId())))
        .toList();
  }

  /** The imported group first, then every group an identity of a kept instance holds a role in. */
  static List<String> groups(ImportRequest request, List<Instance> kept, ReadResponse live) {
    Set<String> groups = new LinkedHashSet<>();
    groups.add(request.resourceGroupId());
    Set<String> principals = new LinkedHashSet<>();
    kept.forEach(i -> principals.addAll(principalsOf(i).keySet()));
    live.roleAssignments().stream()
        .filter(ra -> ra.principalId() != null && principals.contains(lower(ra.principalId())))
        .forEach(ra -> Destinations.groupOf(ra.scope()).ifPresent(groups::add));
    return new ArrayList<>(groups);
  }

  /** Principal id (lower case) to the spec's name of the identity: system or a user key. */
  static Map<String, String> principalsOf(Instance i) {
    Map<String, String> principals = new LinkedHashMap<>();
    if (i.identity().principalId() != null) {
      principals.put(lower(i.identity().principalId()), "system");
    }
    i.identity()
        .userPrincipalIds()
        .forEach((uai, p) -> principals.put(lower(p), ArmId.lastSegment(uai)));
    return principals;
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  /** One generation: the document built up with its variables and warnings. */
  private static final class Generation {
    private final ImportRequest request;
    private final ReadResponse live;
    private final List<SecretVariable> variables = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final EnvNames envNames = new EnvNames();

    Generation(ImportRequest request, ReadResponse live) {
      this.request = request;
      this.live = live;
    }

    ImportResult run() {
      Selection selection = select(request, live.instances());
      List<Instance> kept = selection.kept();
      List<String> groups = groups(request, kept, live);
      YamlMap doc = new YamlMap();
      doc.put("version", 1);
      doc.put("stack", request.stack());
      YamlMap azure = doc.map("azure");
      azure.put("cloud", request.cloud() == Cloud.DEFAULT ? null : request.cloud().specName());
      azure.put("subscription", request.subscription());
      azure.put("resourceGroup", request.resourceGroup());
      String location = location(kept, azure);
      azure.put("location", location);
      YamlMap identities = new YamlMap();
      YamlMap instances = new YamlMap();
      for (Instance i : kept) {
        instances.put(i.name(), instance(i, groups, identities, location));
      }
      doc.put("identities", identities.isEmpty() ? null : identities);
      doc.put("instances", instances.isEmpty() ? null : instances);
      StringBuilder yaml = new StringBuilder();
      yaml.append("# yaml-language-server: $schema=").append(request.schemaPath()).append('\n');
      yaml.append("# Written by dtplan import from resource group ")
          .append(request.resourceGroupId())
          .append(".\n");
      yaml.append(
              "# Its first plan adopts what runs (adds the dtplan-stack tag, sends secrets once);")
          .append(" it should create, replace or delete nothing.\n");
      for (String s : selection.skipped()) {
        yaml.append("# Left out: ").append(s).append(", owned by another stack.\n");
      }
      yaml.append(doc.dump());
      return new ImportResult(yaml.toString(), variables, warnings, selection.skipped());
    }

    /** The spec has one location for new instances; the most common one is written. */
    private String location(List<Instance> kept, YamlMap azure) {
      Map<String, Integer> counts = new TreeMap<>();
      kept.forEach(i -> counts.merge(i.location(), 1, Integer::sum));
      String chosen =
          counts.entrySet().stream()
              .max(Map.Entry.comparingByValue())
              .map(Map.Entry::getKey)
              .orElse("westeurope");
      if (counts.size() > 1) {
        String others =
            kept.stream()
                .filter(i -> !i.location().equals(chosen))
                .map(i -> i.name() + " (" + i.location() + ")")
                .toList()
                .toString();
        azure.comment("location", "instances elsewhere: " + others + "; a spec has one location");
        warnings.add(
            "instances "
                + others
                + " are not in "
                + chosen
                + ": the spec has one location, and a plan would replace them; import them into"
                + " a spec of their own with --instance");
      }
      if (kept.isEmpty()) {
        azure.comment("location", "no instance to take it from: westeurope is a placeholder");
      }
      return chosen;
    }

    private YamlMap instance(Instance i, List<String> groups, YamlMap identities, String location) {
      YamlMap m = new YamlMap();
      YamlMap identity = new YamlMap();
      if (i.identity().system()) {
        identity.put("system", true);
      }
      List<String> users = new ArrayList<>();
      for (String uai : i.identity().userAssigned()) {
        Optional<String> group = Destinations.groupOf(uai);
        if (group.isPresent() && group.get().equalsIgnoreCase(request.resourceGroupId())) {
          String key = ArmId.lastSegment(uai);
          users.add(key);
          identities.put(key, userIdentity(uai));
        } else {
          m.comment("identity", "user identity " + uai + " is in another resource group: left out");
          warnings.add(
              "instance "
                  + i.name()
                  + ": user identity "
                  + uai
                  + " is outside "
                  + request.resourceGroup()
                  + ", where a spec's identities live; it is left out, so a plan would unlink it");
        }
      }
      identity.put("user", users.isEmpty() ? null : users);
      m.put("identity", identity.isEmpty() ? null : identity);
      m.put("publicNetworkAccess", i.publicNetworkAccess());
      m.put("tags", userTags(i.tags()));
      m.put("roles", roles(i));
      m.put("dataOwners", callerOwns(i) ? List.of("caller") : null);
      YamlMap endpoints = new YamlMap();
      for (Endpoint e :
          live.endpoints().stream()
              .filter(e -> ArmId.same(e.instanceId(), i.id()))
              .sorted(Comparator.comparing(Endpoint::name))
              .toList()) {
        endpoints.put(e.name(), endpoint(i, e, groups, endpoints));
      }
      m.put("endpoints", endpoints.isEmpty() ? null : endpoints);
      YamlMap routes = new YamlMap();
      for (Route r :
          live.routes().stream()
              .filter(r -> ArmId.same(r.instanceId(), i.id()))
              .sorted(Comparator.comparing(Route::name))
              .toList()) {
        routes.put(
            r.name(), new YamlMap().put("endpoint", r.endpointName()).put("filter", r.filter()));
      }
      m.put("routes", routes.isEmpty() ? null : routes);
      YamlMap privateEndpoints = privateEndpoints(i, location, m);
      m.put(
          "privateEndpoints",
          privateEndpoints.isEmpty() && !m.hasComment("privateEndpoints")
              ? null
              : privateEndpoints);
      YamlMap dataHistory = new YamlMap();
      for (DataHistoryConnection c :
          live.dataHistory().stream()
              .filter(c -> ArmId.same(c.instanceId(), i.id()))
              .sorted(Comparator.comparing(DataHistoryConnection::name))
              .toList()) {
        dataHistory.put(c.name(), dataHistory(c));
      }
      m.put("dataHistory", dataHistory.isEmpty() ? null : dataHistory);
      if (live.routeReadFailures().stream().anyMatch(f -> ArmId.same(f.instanceId(), i.id()))) {
        m.comment("routes", "Azure refused to list this instance's routes: none are written");
        warnings.add(
            "instance "
                + i.name()
                + ": Azure refused to list its routes, so the spec has none; grant yourself"
                + " Azure Digital Twins Data Owner on it and import again");
      }
      return m;
    }

    /**
     * A data history connection as the spec writes it: ids for the database and event hub (Azure
     * holds the cluster's id and the database's name, the namespace's id and the entity path), and
     * only the settings that differ from Azure's defaults.
     */
    private YamlMap dataHistory(DataHistoryConnection c) {
      YamlMap m = new YamlMap();
      m.put("adx", c.databaseId() == null ? null : withSubscriptionVariable(c.databaseId()));
      m.put("eventhub", c.eventHubId() == null ? null : withSubscriptionVariable(c.eventHubId()));
      m.put(
          "consumerGroup",
          DataHistoryConnection.DEFAULT_CONSUMER_GROUP.equals(c.eventHubConsumerGroup())
              ? null
              : c.eventHubConsumerGroup());
      m.put(
          "identity",
          c.identity().isSystem()
              ? "system"
              : "identities." + ArmId.lastSegment(c.identity().userAssignedIdentity()));
      YamlMap tables = new YamlMap();
      tables.put(
          "properties",
          DataHistoryConnection.DEFAULT_TABLE.equals(c.adxTableName()) ? null : c.adxTableName());
      tables.put("twinLifecycle", c.adxTwinLifecycleEventsTableName());
      tables.put("relationshipLifecycle", c.adxRelationshipLifecycleEventsTableName());
      m.put("tables", tables.isEmpty() ? null : tables);
      m.put("recordRemovals", c.recordPropertyAndItemRemovals() ? true : null);
      return m;
    }

    /**
     * The private endpoints of the group that reach the instance. Azure also lists connections of
     * private endpoints in other groups; a spec's live in its own group, so those are named above
     * the instance's {@code privateEndpoints} (written empty if need be) and left out, and plans
     * leave them alone.
     */
    private YamlMap privateEndpoints(Instance i, String location, YamlMap instance) {
      YamlMap m = new YamlMap();
      List<PrivateEndpoint> reaching =
          live.privateEndpoints().stream()
              .filter(pe -> ArmId.same(pe.instanceId(), i.id()))
              .sorted(Comparator.comparing(PrivateEndpoint::name))
              .toList();
      for (PrivateEndpoint pe : reaching) {
        YamlMap entry = new YamlMap();
        entry.put("subnet", withSubscriptionVariable(pe.subnet()));
        entry.put("dnsZone", pe.dnsZone() == null ? null : withSubscriptionVariable(pe.dnsZone()));
        entry.put(
            "location",
            pe.location() == null || pe.location().replace(" ", "").equalsIgnoreCase(location)
                ? null
                : pe.location());
        m.put(pe.name(), entry);
      }
      for (PrivateEndpointConnection c : live.privateEndpointConnections()) {
        if (ArmId.same(c.instanceId(), i.id())
            && reaching.stream().noneMatch(pe -> ArmId.same(pe.id(), c.privateEndpointId()))) {
          instance.comment(
              "privateEndpoints",
              "private endpoint " + c.privateEndpointId() + " is in another group: left out");
          warnings.add(
              "instance "
                  + i.name()
                  + ": private endpoint "
                  + c.privateEndpointId()
                  + " reaches it from outside "
                  + request.resourceGroup()
                  + ", where a spec's private endpoints live; it is left out, and plans leave"
                  + " it alone");
        }
      }
      return m;
    }

    private YamlMap userIdentity(String uai) {
      YamlMap m = new YamlMap();
      live.userIdentities().stream()
          .filter(u -> ArmId.same(u.id(), uai))
          .findFirst()
          .ifPresent(u -> m.put("tags", userTags(u.tags())));
      return m;
    }

    private Map<String, String> userTags(Map<String, String> tags) {
      Map<String, String> user = new TreeMap<>();
      tags.forEach(
          (k, v) -> {
            if (!k.toLowerCase(Locale.ROOT).startsWith("dtplan-")) {
              user.put(k, v);
            }
          });
      return user.isEmpty() ? null : user;
    }

    private List<Map<String, String>> roles(Instance i) {
      Map<String, String> principals = principalsOf(i);
      List<Map<String, String>> roles = new ArrayList<>();
      live.roleAssignments().stream()
          .filter(ra -> ra.principalId() != null && principals.containsKey(lower(ra.principalId())))
          .sorted(
              Comparator.comparing(RoleAssignment::scope)
                  .thenComparing(ra -> ra.roleDefinitionId()))
          .forEach(
              ra -> {
                Map<String, String> role = new LinkedHashMap<>();
                role.put("role", RoleDefinitions.displayName(ra.roleDefinitionId()));
                role.put("scope", withSubscriptionVariable(ra.scope()));
                String who = principals.get(lower(ra.principalId()));
                if (!who.equals("system")) {
                  role.put("identity", who);
                }
                roles.add(role);
              });
      return roles.isEmpty() ? null : roles;
    }

    /** Only a grant at the instance itself: one above it is not the spec's to make. */
    private boolean callerOwns(Instance i) {
      String caller = live.caller().principalId();
      return caller != null
          && live.caller().assignments().stream()
              .anyMatch(
                  ra ->
                      caller.equalsIgnoreCase(ra.principalId())
                          && ArmId.same(ra.scope(), i.id())
                          && RoleDefinitions.DIGITAL_TWINS_DATA_OWNER.equalsIgnoreCase(
                              ra.roleDefinitionId()));
    }

    private YamlMap endpoint(Instance i, Endpoint e, Collection<String> groups, YamlMap parent) {
      YamlMap m = new YamlMap();
      m.put("type", e.type().specName());
      m.put("auth", e.auth().specName());
      if (e.auth() == AuthType.IDENTITY) {
        if (e.identity() != null && !e.identity().isSystem()) {
          m.put("identity", ArmId.lastSegment(e.identity().userAssignedIdentity()));
        }
        String field = e.type() == EndpointType.EVENT_HUB ? "eventhub" : "topic";
        Optional<String> dest = Destinations.destination(e, groups, live.destinations());
        if (dest.isPresent()) {
          m.put(field, withSubscriptionVariable(dest.get()));
        } else {
          unresolved(i, e, parent, field, Destinations.raw(e));
        }
      }
      if (e.type() == EndpointType.EVENT_GRID) {
        m.put("topicEndpoint", e.topicEndpoint());
      }
      if (e.auth() == AuthType.KEY) {
        secret(i, e, m);
      }
      if (e.deadLetterUri() != null) {
        Optional<String> container = Destinations.deadLetter(e, groups, live.destinations());
        if (container.isPresent()) {
          m.put(
              "deadLetter",
              new YamlMap().put("container", withSubscriptionVariable(container.get())));
        } else {
          unresolved(i, e, parent, "deadLetter.container", e.deadLetterUri());
        }
      }
      return m;
    }

    private void unresolved(Instance i, Endpoint e, YamlMap parent, String field, String raw) {
      parent.comment(
          e.name(),
          "could not resolve "
              + field
              + " from "
              + raw
              + "; write its ARM id: "
              + field
              + ": /subscriptions/…");
      warnings.add(
          "instance "
              + i.name()
              + ", endpoint "
              + e.name()
              + ": no resource dtplan could read matches "
              + raw
              + "; "
              + field
              + " is left out (see the comment in the spec) and validate reports it until it is"
              + " written");
    }

    private void secret(Instance i, Endpoint e, YamlMap m) {
      String what = e.type() == EndpointType.EVENT_GRID ? "ACCESS_KEY" : "CONNECTION";
      String name = envNames.next(i.name(), e.name(), what);
      String field = e.type() == EndpointType.EVENT_GRID ? "accessKey" : "connectionString";
      m.put(field, "${env:" + name + "}");
      m.comment(field, "Azure never returns secrets: set " + name + " before planning");
      variables.add(new SecretVariable(name, i.name() + "/" + e.name(), valueOf(e), commandFor(e)));
    }

    private static String valueOf(Endpoint e) {
      return switch (e.type()) {
        case EVENT_HUB ->
            "primary connection string of a SAS rule on the event hub the endpoint"
                + " sends to (with EntityPath)";
        case SERVICE_BUS ->
            "primary connection string of a SAS rule on the Service Bus topic the"
                + " endpoint sends to (with EntityPath)";
        case EVENT_GRID -> "an access key of the Event Grid topic " + e.topicEndpoint();
      };
    }

    private String commandFor(Endpoint e) {
      String rg = request.resourceGroup();
      return switch (e.type()) {
        case EVENT_HUB ->
            "az eventhubs eventhub authorization-rule keys list --resource-group "
                + rg
                + " --namespace-name NAMESPACE --eventhub-name EVENTHUB --name RULE"
                + " --query primaryConnectionString --output tsv";
        case SERVICE_BUS ->
            "az servicebus topic authorization-rule keys list --resource-group "
                + rg
                + " --namespace-name NAMESPACE --topic-name TOPIC --name RULE"
                + " --query primaryConnectionString --output tsv";
        case EVENT_GRID ->
            "az eventgrid topic key list --resource-group "
                + rg
                + " --name "
                + Optional.ofNullable(Destinations.firstLabel(e.topicEndpoint())).orElse("TOPIC")
                + " --query key1 --output tsv";
      };
    }

    /** Ids in the stack's own subscription read {@code ${azure.subscription}}, as examples do. */
    private String withSubscriptionVariable(String id) {
      String prefix = "/subscriptions/" + request.subscription() + "/";
      String n = ArmId.normalize(id);
      return n.regionMatches(true, 0, prefix, 0, prefix.length())
          ? "/subscriptions/${azure.subscription}/" + n.substring(prefix.length())
          : n;
    }
  }
}
