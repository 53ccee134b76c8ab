package dtplan;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The engine's packages depend on each other in one direction only. */
class ArchitectureTest {
  private static final JavaClasses ENGINE =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dtplan");

  @Test
  void packagesAreLayered() {
    layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .layer("routefilter")
        .definedBy("dtplan.routefilter..")
        .layer("diag")
        .definedBy("dtplan.diag..")
        .layer("input")
        .definedBy("dtplan.input..")
        .layer("model")
        .definedBy("dtplan.model..")
        .layer("provider")
        .definedBy("dtplan.provider..")
        .layer("spec")
        .definedBy("dtplan.spec..")
        .layer("plan")
        .definedBy("dtplan.plan..")
        .layer("render")
        .definedBy("dtplan.render..")
        .layer("graph")
        .definedBy("dtplan.graph..")
        .layer("planfile")
        .definedBy("dtplan.planfile..")
        .layer("apply")
        .definedBy("dtplan.apply..")
        // The route-filter grammar (its own module) serves spec validation only.
        .whereLayer("routefilter")
        .mayOnlyBeAccessedByLayers("spec")
        // Files are read where they are parsed; the CLI reads the rest through the same class.
        .whereLayer("input")
        .mayOnlyBeAccessedByLayers("spec", "planfile")
        .whereLayer("graph")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("planfile")
        .mayNotBeAccessedByAnyLayer()
        // A plan shows which steps run while routes are missing: the order apply will use.
        .whereLayer("apply")
        .mayOnlyBeAccessedByLayers("render")
        // A saved plan is the JSON plan with a section added.
        .whereLayer("render")
        .mayOnlyBeAccessedByLayers("planfile")
        .whereLayer("plan")
        .mayOnlyBeAccessedByLayers("render", "apply", "graph", "planfile")
        .whereLayer("spec")
        .mayOnlyBeAccessedByLayers("plan", "graph", "planfile")
        .whereLayer("provider")
        .mayOnlyBeAccessedByLayers("plan", "apply", "planfile")
        .check(ENGINE);
  }

  @Test
  void theEngineNeverPrints() {
    noClasses()
        .should()
        .accessField(System.class, "out")
        .orShould()
        .accessField(System.class, "err")
        .because("the engine reports through return values and listeners; the CLI prints")
        .check(ENGINE);
  }
}
