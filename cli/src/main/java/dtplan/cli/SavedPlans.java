package dtplan.cli;

import dtplan.input.InputFileException;
import dtplan.input.InputFiles;
import dtplan.planfile.InvalidPlanFileException;
import dtplan.planfile.PlanFile;
import dtplan.planfile.SavedPlan;
import java.nio.file.Path;

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
            new SavedPlan(VersionProvider.version(), planned.target().where(), planned.plan()));
    OutputFiles.write(file, json, "plan");
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
