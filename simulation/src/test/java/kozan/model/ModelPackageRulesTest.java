package kozan.model;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The model and the observers stay headless and free of file IO (contract package rules). */
class ModelPackageRulesTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("kozan.model", "kozan.observe");

    @Test
    void modelIsHeadlessAndDoesNoFileIo() {
        noClasses().that().resideInAnyPackage("kozan.model..")
                .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio.file..", "sim.display..",
                        "sim.portrayal..", "javax.swing..", "java.awt..", "org.jfree..", "kozan.io..", "kozan.gui..",
                        "kozan.chart..", "kozan.observe..")
                .check(CLASSES);
    }

    @Test
    void observersDoNoFileIoAndNoGui() {
        noClasses().that().resideInAnyPackage("kozan.observe..")
                .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio.file..", "sim.display..",
                        "sim.portrayal..", "javax.swing..", "java.awt..", "org.jfree..", "kozan.io..", "kozan.gui..")
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
