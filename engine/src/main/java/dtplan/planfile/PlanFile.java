package dtplan.planfile;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dtplan.model.Endpoint;
import dtplan.model.Instance;
import dtplan.model.Resource;
import dtplan.model.RoleAssignment;
import dtplan.model.Route;
import dtplan.model.Secret;
import dtplan.model.UserIdentity;
import java.io.IOException;

/**
 * Reads and writes saved plans. Resources are written with their kind so they read back as the same
 * records; a {@link Secret} is written as its source only ({@code ${env:NAME}}), and reads back as
 * a placeholder: a saved plan's resources are never executed (apply derives the plan again, see
 * {@link SavedPlanCheck}), so the value is not needed.
 */
public final class PlanFile {
  static final String PLACEHOLDER = "\u0000unresolved";

  private static final ObjectMapper MAPPER = mapper();

  private PlanFile() {}

  public static String write(SavedPlan plan) {
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(plan) + "\n";
    } catch (IOException e) {
      throw new IllegalStateException("a plan always serialises", e);
    }
  }

  /** The saved plan, or an exception whose message says what is wrong with the file. */
  public static SavedPlan read(String json) throws InvalidPlanFileException {
    JsonNode tree;
    try {
      tree = MAPPER.readTree(json);
    } catch (IOException e) {
      throw new InvalidPlanFileException(PlanFileShape.notJson(e));
    }
    String version = tree.path("formatVersion").asText(null);
    if (version == null) {
      throw new InvalidPlanFileException(
          "not a dtplan plan file: no formatVersion; " + PlanFileShape.REMAKE);
    }
    if (!version.split("\\.")[0].equals(SavedPlan.FORMAT_VERSION.split("\\.")[0])) {
      throw new InvalidPlanFileException(
          "plan format "
              + version
              + " is not readable by this dtplan (reads "
              + SavedPlan.FORMAT_VERSION
              + "); plan again with this version");
    }
    PlanFileShape.check(tree);
    try {
      return MAPPER.treeToValue(tree, SavedPlan.class);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new InvalidPlanFileException(
          "the plan file is damaged: " + e.getOriginalMessage() + "; " + PlanFileShape.REMAKE);
    }
  }

  private static ObjectMapper mapper() {
    SimpleModule module = new SimpleModule("dtplan-plan-file");
    module.addSerializer(Secret.class, new SecretSerializer());
    module.addDeserializer(Secret.class, new SecretDeserializer());
    module.setMixInAnnotation(Resource.class, ResourceTypes.class);
    return JsonMapper.builder()
        .addModule(module)
        .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
        .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .build();
  }

  private static final class SecretSerializer extends JsonSerializer<Secret> {
    @Override
    public void serialize(Secret secret, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeStartObject();
      gen.writeStringField("source", secret.source());
      gen.writeEndObject();
    }
  }

  private static final class SecretDeserializer extends JsonDeserializer<Secret> {
    @Override
    public Secret deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonNode node = p.readValueAsTree();
      return Secret.of(PLACEHOLDER, node.path("source").asText());
    }
  }

  /** Keeps the model free of Jackson: the type id lives here. */
  @JsonTypeInfo(
      use = JsonTypeInfo.Id.NAME,
      include = JsonTypeInfo.As.PROPERTY,
      property = "resourceKind")
  @JsonSubTypes({
    @JsonSubTypes.Type(value = UserIdentity.class, name = "USER_IDENTITY"),
    @JsonSubTypes.Type(value = Instance.class, name = "INSTANCE"),
    @JsonSubTypes.Type(value = RoleAssignment.class, name = "ROLE_ASSIGNMENT"),
    @JsonSubTypes.Type(value = Endpoint.class, name = "ENDPOINT"),
    @JsonSubTypes.Type(value = Route.class, name = "ROUTE")
  })
  private interface ResourceTypes {}
}
