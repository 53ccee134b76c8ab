package dtplan.cli;

import dtplan.plan.ReadRequests;
import dtplan.planfile.InvalidPlanFileException;
import dtplan.planfile.PlanFile;
import dtplan.planfile.SavedPlan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Saved plan files on disk. */
final class SavedPlans {
  private SavedPlans() {}

  /** A saved plan is JSON; a spec is YAML. The first non-blank character tells them apart. */
  static boolean isPlanFile(Path file) {
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8).stripLeading();
      return text.startsWith("{");
    } catch (IOException e) {
      return false;
    }
  }

  static void write(Path file, Planning.Planned planned) {
    String json =
        PlanFile.write(
            new SavedPlan(
                SavedPlan.FORMAT_VERSION,
                VersionProvider.version(),
                ReadRequests.forSpec(planned.spec()),
                planned.plan()));
    try {
      Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), ".dtplan-plan", ".tmp");
      Files.writeString(tmp, json, StandardCharsets.UTF_8);
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UserError("cannot write the plan to " + file + ": " + e.getMessage());
    }
  }

  static SavedPlan read(Path file) {
    try {
      return PlanFile.read(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UserError("cannot read " + file + ": " + e.getMessage());
    } catch (InvalidPlanFileException e) {
      throw new UserError(file + ": " + e.getMessage());
    }
  }
}
