package dtplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code dtplan <command> …} builds only that command's model (start-up, issue 19): what it prints
 * and how it exits must be what the whole command tree gives for the same arguments.
 */
class CommandTreeTest {
  static Stream<Arguments> cases() {
    List<List<String>> tails =
        List.of(List.of("--help"), List.of("--bogus"), List.of(), List.of("a.yaml", "b.yaml"));
    return DtplanCommand.SUBCOMMANDS.stream()
        .map(c -> c.getAnnotation(Command.class).name())
        .flatMap(
            name ->
                tails.stream()
                    .map(
                        tail ->
                            Arguments.of(Stream.concat(Stream.of(name), tail.stream()).toList())));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void aCommandAloneSaysWhatTheWholeTreeSays(List<String> line) {
    String[] args = line.toArray(String[]::new);
    String whole = run(Main.commandLine(), args);
    String alone = run(Main.commandLine(args), args);
    assertThat(alone).isEqualTo(whole);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void onlyTheCommandNamedIsBuilt(List<String> line) {
    String[] args = line.toArray(String[]::new);
    CommandLine alone = Main.commandLine(args);
    boolean wholeTree = args[0].equals("help") || args[0].equals("completion");
    assertThat(alone.getSubcommands().keySet())
        .isEqualTo(
            wholeTree ? Main.commandLine().getSubcommands().keySet() : java.util.Set.of(args[0]));
  }

  private static String run(CommandLine cmd, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cmd.setOut(new PrintWriter(out, true));
    cmd.setErr(new PrintWriter(err, true));
    int exit = cmd.execute(args);
    return "exit " + exit + "\n" + out + "\n--- stderr\n" + err;
  }
}
