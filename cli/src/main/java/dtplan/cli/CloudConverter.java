package dtplan.cli;

import dtplan.spec.Cloud;
import java.util.Arrays;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A cloud as a spec's {@code azure.cloud} spells it, for commands that have no spec to read. */
final class CloudConverter implements ITypeConverter<Cloud> {
  @Override
  public Cloud convert(String value) {
    return Arrays.stream(Cloud.values())
        .filter(c -> c.specName().equalsIgnoreCase(value))
        .findFirst()
        .orElseThrow(
            () ->
                new TypeConversionException(
                    "expected one of "
                        + Arrays.stream(Cloud.values())
                            .map(Cloud::specName)
                            .collect(Collectors.joining(", "))));
  }
}
