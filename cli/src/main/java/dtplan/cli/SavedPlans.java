package dtplan.cli;

import dtplan.diag.InvalidSpecException;
import dtplan.graph.GraphBuilder;
import dtplan.graph.ResourceGraph;
import dtplan.graph.SpecNode;
import dtplan.input.InputFileException;
import dtplan.input.InputFiles;
import dtplan.planfile.InvalidPlanFileException;
import dtplan.planfile.PlanFile;
import dtplan.planfile.SavedGraph;
import dtplan.planfile.SavedPlan;
import dtplan.spec.Spec;
import java.nio.file.Path;
import java.util.List;

/** Saved plan files on disk. */
final class SavedPlans {
  private SavedPlans() {}

  /** A saved plan is JSON; a spec is YAML. The first non-blank character tells them apart. */
  static boolean isPlanFile(Path file) {
    try {
      return InputFiles.readText(file, "plan file").stripLeading().startsWith("{");
    } catch (InputFileException e) {
      return false; // read again as a spec, which says what is wrong with it
    }
  }

  static void write(Path file, Planning.Planned planned) {
    String json =
        PlanFile.write(
            new SavedPlan(
                VersionProvider.version(),
                planned.target().where(),
                planned.plan(),
                graph(planned.spec())));
    OutputFiles.write(file, json, "plan");
  }

  /** The spec's dependency graph as data, saved for {@code show --graph}. */
  static SavedGraph graph(Spec spec) {
    ResourceGraph graph;
    try {
      graph = GraphBuilder.build(spec);
    } catch (InvalidSpecException e) {
      return SavedGraph.NONE; // A spec that plans has no cycle; nothing to save otherwise.
    }
    return new SavedGraph(
        graph.topologicalOrder().stream().map(SpecNode::address).toList(),
        graph.edges().stream().map(e -> List.of(e[0].address(), e[1].address())).toList());
  }

  static SavedPlan read(Path file) {
    try {
      return PlanFile.read(InputFiles.readText(file, "plan file"));
    } catch (InputFileException e) {
      throw new UserError(
          "cannot read "
              + file
              + ": "
              + e.getMessage()
              + (e.hint() == null ? "" : "; " + e.hint()));
    } catch (InvalidPlanFileException e) {
      throw new UserError(file + ": " + e.getMessage());
    }
  }
}
