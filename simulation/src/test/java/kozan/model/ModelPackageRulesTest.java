package kozan.model;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The model and the observers stay headless and free of file IO (contract package rules), and the model is laid out
 * by market without cycles: each sub-package of kozan.model defines the role interfaces its agents need, and only
 * the root (MiningEconomy) wires them, so dependencies point one way.
 */
class ModelPackageRulesTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("kozan.model", "kozan.observe");

    private static final DescribedPredicate<JavaClass> IN_A_MODEL_SUB_PACKAGE =
            new DescribedPredicate<>("reside in a sub-package of kozan.model") {
                @Override
                public boolean test(JavaClass c) {
                    return c.getPackageName().startsWith("kozan.model.");
                }
            };

    @Test
    void modelIsHeadlessAndDoesNoFileIo() {
        noClasses().that().resideInAnyPackage("kozan.model..")
                .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio.file..", "sim.display..",
                        "sim.portrayal..", "javax.swing..", "java.awt..", "org.jfree..", "org.apache.batik..",
                        "kozan.io..", "kozan.gui..", "kozan.chart..", "kozan.observe..")
                .check(CLASSES);
    }

    @Test
    void modelImportsNoOuterLayer() {
        noClasses().that().resideInAnyPackage("kozan.model..")
                .should().dependOnClassesThat().resideInAnyPackage("kozan.observe..", "kozan.io..", "kozan.chart..",
                        "kozan.batch..", "kozan.gui..", "kozan.cli..")
                .because("the model may import only MASON, the JDK and kozan.scenario")
                .check(CLASSES);
    }

    @Test
    void modelPackagesAreFreeOfCycles() {
        slices().matching("kozan.model.(*)..").should().beFreeOfCycles()
                .because("agents depend on role interfaces of their own package, so edges between markets point one way")
                .check(CLASSES);
    }

    @Test
    void subPackagesNeverSeeTheRoot() {
        noClasses().that(IN_A_MODEL_SUB_PACKAGE)
                .should().dependOnClassesThat().resideInAPackage("kozan.model")
                .because("agents see the economy through their package's context interface, not MiningEconomy")
                .check(CLASSES);
    }

    @Test
    void observersDoNoFileIoAndNoGui() {
        noClasses().that().resideInAnyPackage("kozan.observe..")
                .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio.file..", "sim.display..",
                        "sim.portrayal..", "javax.swing..", "java.awt..", "org.jfree..", "org.apache.batik..",
                        "kozan.io..", "kozan.gui..")
                .check(CLASSES);
    }

    @Test
    void noWallClockOrUnseededRandomnessInTheModel() {
        noClasses().that().resideInAnyPackage("kozan.model..")
                .should().callMethod(Math.class, "random")
                .orShould().callConstructor(java.util.Random.class)
                .orShould().callMethod(System.class, "currentTimeMillis")
                .orShould().callMethod(System.class, "nanoTime")
                .check(CLASSES);
    }
}
