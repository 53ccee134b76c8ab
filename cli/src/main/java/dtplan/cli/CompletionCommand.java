package dtplan.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    name = "completion",
    header = "Print a bash or zsh completion script.",
    description = {
      "Print a shell completion script (picocli's generator; the script works in bash and zsh).",
      "",
      "Examples:%n  source <(dtplan completion bash)%n"
          + "  dtplan completion zsh > \"$${fpath[1]}/_dtplan\""
    })
final class CompletionCommand implements Callable<Integer> {
  enum Shell {
    bash,
    zsh
  }

  @Parameters(paramLabel = "SHELL", description = "bash or zsh.")
  Shell shell;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec command;

  @Override
  public Integer call() {
    String script = AutoComplete.bash("dtplan", command.commandLine().getParent());
    if (shell == Shell.zsh) {
      // picocli's script drives zsh through bashcompinit.
      script =
          "autoload -U +X compinit && compinit\nautoload -U +X bashcompinit && bashcompinit\n"
              + script;
    }
    command.commandLine().getOut().print(script);
    command.commandLine().getOut().flush();
    return ExitCodes.OK;
  }
}
