package dtplan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ResourceGroupIdTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-quickstart,"
        + " rg-quickstart, rg-quickstart",
    "/SUBSCRIPTIONS/AAAAAAAA-0000-0000-0000-000000000000/resourcegroups/RG_Factory(1)/,"
        + " RG_Factory(1), rg_factory-1-",
    "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/(x), (x), x-",
  })
  void parsesTheGroupAndDerivesAStackName(String id, String group, String stack) {
    ResourceGroupId rg = ResourceGroupId.parse(id);
    assertThat(rg.resourceGroup()).isEqualTo(group);
    assertThat(rg.subscription()).matches("[0-9a-f-]{36}");
    assertThat(rg.defaultStack()).isEqualTo(stack);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "rg-quickstart",
        "/subscriptions/not-a-guid/resourceGroups/rg",
        "/subscriptions/00000000-0000-0000-0000-000000000000",
        "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/x/y/z",
      })
  void refusesWhatIsNotAResourceGroupId(String id) {
    assertThatThrownBy(() -> ResourceGroupId.parse(id))
        .isInstanceOf(UserError.class)
        .hasMessageContaining("is not a resource group id");
  }
}
