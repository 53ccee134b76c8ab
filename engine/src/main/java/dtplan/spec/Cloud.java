package dtplan.spec;

import java.util.Arrays;

/**
 * The Azure cloud a stack lives in ({@code azure.cloud}). The spelling is the Azure CLI's cloud
 * name ({@code az cloud list}), which users of sovereign clouds already type with {@code az cloud
 * set}. What differs per cloud (endpoints, login authority, host suffixes) is the provider's and
 * the sandbox's to know; the engine only carries the choice.
 */
public enum Cloud {
  AZURE_CLOUD("AzureCloud"),
  AZURE_US_GOVERNMENT("AzureUSGovernment"),
  AZURE_CHINA_CLOUD("AzureChinaCloud");

  /** What a spec without {@code azure.cloud} means: Azure's public cloud. */
  public static final Cloud DEFAULT = AZURE_CLOUD;

  private final String specName;

  Cloud(String specName) {
    this.specName = specName;
  }

  /** The name as written in a spec and in messages. */
  public String specName() {
    return specName;
  }

  /** The cloud of a spec value the schema has already accepted. */
  public static Cloud ofSpecName(String name) {
    return Arrays.stream(values())
        .filter(c -> c.specName.equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown cloud " + name));
  }

  @Override
  public String toString() {
    return specName;
  }
}
