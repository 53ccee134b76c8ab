package dtplan.planfile;

import java.util.List;

/**
 * What {@link SavedPlanCheck} decides about a saved plan. Only {@link Carry} lets apply go on;
 * every other verdict says why nothing is written, as a headline and the details under it. Whether
 * a refusal is an error or a stale plan (exit 1 or 3) is {@link #stale()}.
 */
public sealed interface SavedPlanVerdict {
  /** The headline of a refusal. */
  String message();

  /** The lines under it, one reason each. */
  default List<String> details() {
    return List.of();
  }

  /** A refusal because the world or the file moved on since review (exit 3), not a usage error. */
  default boolean stale() {
    return true;
  }

  /** The check found nothing against carrying out the plan (so far). */
  record Carry() implements SavedPlanVerdict {
    @Override
    public String message() {
      return "the saved plan is the plan the spec and live state give now";
    }
  }

  /** The plan has errors: saved for review, never to be applied. */
  record HasErrors(String planFile) implements SavedPlanVerdict {
    @Override
    public String message() {
      return planFile
          + ": this plan has errors and cannot be applied (it was saved for review only);"
          + " nothing was changed\n  hint: `dtplan show "
          + planFile
          + "` lists the errors; fix them, then plan again";
    }

    @Override
    public boolean stale() {
      return false;
    }
  }

  /** The documented plan in the file is not what its saved section gives: it was edited. */
  record Edited(String where) implements SavedPlanVerdict {
    @Override
    public String message() {
      return "the plan file was edited after it was saved; nothing was changed:";
    }

    @Override
    public List<String> details() {
      return List.of(where);
    }
  }

  /** The spec file is not, byte for byte, the one the plan was made from. */
  record SpecChanged(String specFile) implements SavedPlanVerdict {
    @Override
    public String message() {
      return "the saved plan is stale; nothing was changed. Changed since it was made:";
    }

    @Override
    public List<String> details() {
      return List.of(
          "the spec "
              + specFile
              + " is not the file the plan was made from (its content differs, or it is missing);"
              + " the plan is refused without reading it further");
    }
  }

  /** Apply reaches another target than the one the plan was made against. */
  record TargetMismatch(String saved, String now) implements SavedPlanVerdict {
    @Override
    public String message() {
      return "the plan was made against "
          + saved
          + ", but this apply targets "
          + now
          + "; nothing was changed";
    }

    @Override
    public boolean stale() {
      return false;
    }
  }

  /** Live objects the plan changes are no longer what the plan was made from. */
  record Stale(List<String> reasons) implements SavedPlanVerdict {
    public Stale {
      reasons = List.copyOf(reasons);
    }

    @Override
    public String message() {
      return "the saved plan is stale; nothing was changed. Changed since it was made:";
    }

    @Override
    public List<String> details() {
      return reasons;
    }
  }

  /** A secret's value is not the one planned (its fingerprint differs); the value is not shown. */
  record SecretChanged(String address, String path) implements SavedPlanVerdict {
    @Override
    public String message() {
      return Differs.HEADLINE;
    }

    @Override
    public List<String> details() {
      return List.of(address + ": attribute " + path + " differs (a secret value changed)");
    }
  }

  /** The plan derived now differs from the saved one; the first difference, for a person. */
  record Differs(String difference) implements SavedPlanVerdict {
    static final String HEADLINE =
        "the saved plan is not what the spec and live state give now; nothing was changed. First"
            + " difference:";

    @Override
    public String message() {
      return HEADLINE;
    }

    @Override
    public List<String> details() {
      return List.of(difference);
    }
  }
}
