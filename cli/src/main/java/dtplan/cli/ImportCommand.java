package dtplan.cli;

import dtplan.importer.ImportRequest;
import dtplan.importer.ImportResult;
import dtplan.importer.SecretVariable;
import dtplan.importer.SpecImporter;
import dtplan.planfile.SavedTarget;
import dtplan.provider.ProviderException;
import dtplan.provider.ReadRequest;
import dtplan.provider.ReadResponse;
import dtplan.render.TargetHeader;
import dtplan.spec.Cloud;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    name = "import",
    header = "Write the spec of the instances a resource group already runs.",
    description = {
      "Read every Digital Twins instance of a resource group (or only those given) with their"
          + " identities, roles, endpoints and routes, and write a spec whose first plan only"
          + " adopts them. Secrets are never written: each key-based endpoint reads"
          + " $${env:NAME}, and the variables to set are listed with where each value comes"
          + " from. Instances tagged by another stack are left out and named.",
      "",
      "The subscription is the id's: a real one selects Azure; the sandbox's"
          + " (00000000-0000-0000-0000-000000000000) or --sandbox selects a sandbox.",
      "",
      "Example:%n  dtplan import /subscriptions/00000000-0000-0000-0000-000000000000"
          + "/resourceGroups/rg-quickstart --stack quickstart --out imported.yaml"
    })
final class ImportCommand implements Callable<Integer> {
  static final String SCHEMA_URL = "https://dtplan.dev/schemas/dtplan-spec.schema.json";

  @Parameters(
      index = "0",
      paramLabel = "RESOURCE_GROUP_ID",
      description = "/subscriptions/SUB/resourceGroups/RG")
  String groupId;

  @Option(
      names = "--instance",
      paramLabel = "NAME",
      description = "Import only this instance (repeatable); default: every instance of the group.")
  List<String> instances = new ArrayList<>();

  @Option(
      names = "--stack",
      paramLabel = "NAME",
      description = "Stack name of the spec (default: the resource group's name).")
  String stack;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Write the spec to FILE (refused if it exists); default: standard output.")
  Path out;

  @Option(
      names = "--sandbox",
      paramLabel = "URL",
      description = "Read the sandbox at URL (see `dtplan sandbox serve`).")
  URI sandboxUrl;

  @Option(
      names = "--cloud",
      paramLabel = "NAME",
      converter = CloudConverter.class,
      description =
          "The Azure cloud the group is in: AzureCloud (default), AzureUSGovernment or"
              + " AzureChinaCloud. The spec names it as azure.cloud.")
  Cloud cloud = Cloud.DEFAULT;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec command;

  @Override
  public Integer call() {
    PrintWriter out = command.commandLine().getOut();
    PrintWriter err = command.commandLine().getErr();
    ResourceGroupId rg = ResourceGroupId.parse(groupId);
    if (this.out != null) {
      OutputFiles.checkWritable(this.out, "spec");
      if (Files.exists(this.out)) {
        throw new UserError(
            "cannot write the spec to "
                + this.out
                + ": it exists, and import never overwrites a spec; give another name");
      }
    }
    ImportRequest request =
        new ImportRequest(
            rg.subscription(),
            rg.resourceGroup(),
            stack == null ? rg.defaultStack() : stack,
            instances,
            schemaPath(),
            cloud);
    try (Target target = Target.open(targetFor(rg), 10, rg.subscription(), cloud, err)) {
      err.println(TargetHeader.line(target.description()));
      err.flush();
      ReadResponse first = read(target, rg, request, Set.of(), Set.of());
      requireInstances(request, first, rg);
      ReadResponse live =
          read(
              target,
              rg,
              request,
              SpecImporter.destinationCandidates(request, first),
              SpecImporter.userIdentityIds(request, first));
      ImportResult result = SpecImporter.generate(request, live);
      if (this.out == null) {
        out.print(result.yaml());
      } else {
        OutputFiles.write(this.out, result.yaml(), "spec");
        out.println("Wrote " + this.out + " (stack " + request.stack() + ").");
      }
      out.flush();
      report(result, err);
      return ExitCodes.OK;
    }
  }

  private SavedTarget targetFor(ResourceGroupId rg) {
    if (sandboxUrl != null) {
      return SavedTarget.sandbox(sandboxUrl.toString());
    }
    return rg.subscription().equals(Target.SANDBOX_SUBSCRIPTION)
        ? SavedTarget.embeddedSandbox()
        : SavedTarget.azure(rg.subscription());
  }

  /** The repository's schema by relative path when the spec is written inside it, else its id. */
  private String schemaPath() {
    if (this.out == null) {
      return SCHEMA_URL;
    }
    Path folder = this.out.toAbsolutePath().normalize().getParent();
    for (Path p = folder; p != null; p = p.getParent()) {
      Path schema = p.resolve("schemas/dtplan-spec.schema.json");
      if (Files.isRegularFile(schema)) {
        return folder.relativize(schema).toString().replace('\\', '/');
      }
    }
    return SCHEMA_URL;
  }

  private static ReadResponse read(
      Target target,
      ResourceGroupId rg,
      ImportRequest request,
      Set<String> destinations,
      Set<String> userIdentities) {
    try {
      return target
          .provider()
          .read(
              new ReadRequest(
                  rg.subscription(),
                  rg.resourceGroup(),
                  request.stack(),
                  List.of(),
                  List.copyOf(userIdentities),
                  List.copyOf(destinations),
                  List.of(),
                  List.of(),
                  List.of(),
                  true));
    } catch (ProviderException p) {
      if ("ResourceGroupNotFound".equalsIgnoreCase(p.code())) {
        throw new UserError(
            "resource group `"
                + rg.resourceGroup()
                + "` does not exist in subscription "
                + rg.subscription()
                + "; nothing was written");
      }
      throw p;
    }
  }

  private static void requireInstances(
      ImportRequest request, ReadResponse live, ResourceGroupId rg) {
    List<String> missing =
        request.instanceNames().stream()
            .filter(n -> live.instances().stream().noneMatch(i -> i.name().equalsIgnoreCase(n)))
            .toList();
    if (!missing.isEmpty()) {
      throw new UserError(
          "no instance named "
              + String.join(", ", missing)
              + " in resource group `"
              + rg.resourceGroup()
              + "`; nothing was written");
    }
    SpecImporter.Selection selection = SpecImporter.select(request, live.instances());
    if (selection.kept().isEmpty()) {
      throw new UserError(
          "no instances to import in resource group `"
              + rg.resourceGroup()
              + "`"
              + (selection.skipped().isEmpty()
                  ? ""
                  : " (left out, owned by another stack: "
                      + String.join(", ", selection.skipped())
                      + ")")
              + "; nothing was written");
    }
  }

  /** What the user still has to do: set the variables, and read the warnings. */
  private static void report(ImportResult result, PrintWriter err) {
    for (String s : result.skipped()) {
      err.println("Left out: " + s + ", owned by another stack.");
    }
    for (String w : result.warnings()) {
      err.println("Warning: " + w);
    }
    if (!result.variables().isEmpty()) {
      err.println();
      err.println("Set these environment variables before planning (Azure never returns secrets):");
      for (SecretVariable v : result.variables()) {
        err.println("  " + v.name() + "  (" + v.endpoint() + "): " + v.value());
        err.println("      " + v.command());
      }
    }
    err.flush();
  }
}
