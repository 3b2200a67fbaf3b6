package kozan;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package table of the team contract (ARCHITECTURE.md): the model never knows whether a GUI watches it,
 * lower layers never reach up, and only the CLI sees everything. Empty packages pass, so the rules hold while
 * packages are still being written.
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importKozan() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("kozan");
    }

    private static final String[] GUI = {"sim.display..", "sim.portrayal..", "javax.swing..", "java.awt..",
            "org.jfree..", "org.apache.batik..", "kozan.gui.."};

    /** Reading or writing files: java.nio.file and java.io's files, streams, readers and writers. */
    private static final DescribedPredicate<JavaClass> FILE_IO =
            new DescribedPredicate<>("are file IO (java.nio.file.*, java.io files, streams, readers, writers)") {
                @Override
                public boolean test(JavaClass c) {
                    if (c.getPackageName().equals("java.nio.file") || c.getPackageName().startsWith("java.nio.file.")) {
                        return true;
                    }
                    if (!c.getPackageName().equals("java.io")) {
                        return false;
                    }
                    String s = c.getSimpleName();
                    return s.startsWith("File") || s.equals("RandomAccessFile") || s.endsWith("Reader")
                            || s.endsWith("Writer") || s.endsWith("InputStream") || s.endsWith("OutputStream");
                }
            };

    /** Swing top-level windows; charts may draw with AWT but must not open windows. */
    private static final DescribedPredicate<JavaClass> SWING_FRAMES =
            new DescribedPredicate<>("are Swing frames or windows") {
                @Override
                public boolean test(JavaClass c) {
                    return c.isAssignableTo("java.awt.Window") || c.isAssignableTo("javax.swing.JInternalFrame")
                            || c.getPackageName().startsWith("sim.display");
                }
            };

    private static void check(ArchRule rule) {
        rule.allowEmptyShould(true).check(classes);
    }

    @Test
    void scenarioIsPlainData() {
        check(noClasses().that().resideInAPackage("kozan.scenario..").should().dependOnClassesThat()
                .resideInAnyPackage(GUI).because("scenarios are loaded headless, by batch runs and tests too"));
        check(noClasses().that().resideInAPackage("kozan.scenario..").should().dependOnClassesThat()
                .resideInAnyPackage("kozan.model..", "kozan.observe..", "kozan.io..", "kozan.chart..",
                        "kozan.batch..", "kozan.cli..")
                .because("the scenario format is the bottom layer"));
    }

    @Test
    void modelIsHeadlessAndDoesNoFileIo() {
        check(noClasses().that().resideInAPackage("kozan.model..").should().dependOnClassesThat()
                .resideInAnyPackage(GUI).because("the model never knows whether a GUI watches it"));
        check(noClasses().that().resideInAPackage("kozan.model..").should().dependOnClassesThat(FILE_IO)
                .because("output goes through kozan.observe row sinks, never from agents to files"));
        check(noClasses().that().resideInAPackage("kozan.model..").should().dependOnClassesThat()
                .resideInAnyPackage("kozan.observe..", "kozan.io..", "kozan.chart..", "kozan.batch..", "kozan.cli..")
                .because("the model may import only MASON and kozan.scenario"));
    }

    @Test
    void modelRandomnessComesFromSeededStreams() {
        check(noClasses().that().resideInAnyPackage("kozan.model..", "kozan.observe..").should()
                .dependOnClassesThat().haveFullyQualifiedName("java.util.Random")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.concurrent.ThreadLocalRandom")
                .orShould().callMethod(Math.class, "random")
                .because("every draw comes from a per-agent Mersenne Twister stream (Seeds.stream) derived from the master seed"));
    }

    @Test
    void observeMeasuresWithoutFilesOrGui() {
        check(noClasses().that().resideInAPackage("kozan.observe..").should().dependOnClassesThat(FILE_IO)
                .because("row sinks are interfaces; kozan.io implements the file ones"));
        check(noClasses().that().resideInAPackage("kozan.observe..").should().dependOnClassesThat()
                .resideInAnyPackage(GUI).because("metrics are computed the same with or without a GUI"));
        check(noClasses().that().resideInAPackage("kozan.observe..").should().dependOnClassesThat()
                .resideInAnyPackage("kozan.io..", "kozan.chart..", "kozan.batch..", "kozan.cli.."));
    }

    @Test
    void ioHasNoGui() {
        check(noClasses().that().resideInAPackage("kozan.io..").should().dependOnClassesThat()
                .resideInAnyPackage(GUI).because("results are written by headless runs and batches"));
        check(noClasses().that().resideInAPackage("kozan.io..").should().dependOnClassesThat()
                .resideInAnyPackage("kozan.chart..", "kozan.batch..", "kozan.cli.."));
    }

    @Test
    void chartsOpenNoWindows() {
        check(noClasses().that().resideInAPackage("kozan.chart..").should().dependOnClassesThat(SWING_FRAMES)
                .because("chart builders are shared by reports (headless) and the GUI, which owns the frames"));
        check(noClasses().that().resideInAPackage("kozan.chart..").should().dependOnClassesThat()
                .resideInAnyPackage("kozan.gui..", "kozan.batch..", "kozan.cli.."));
    }

    @Test
    void batchHasNoGui() {
        check(noClasses().that().resideInAPackage("kozan.batch..").should().dependOnClassesThat()
                .resideInAnyPackage(GUI).because("batches run on headless machines and shards"));
        check(noClasses().that().resideInAPackage("kozan.batch..").should().dependOnClassesThat()
                .resideInAnyPackage("kozan.cli.."));
    }

    @Test
    void onlyTheCliIsOnTop() {
        check(noClasses().that().resideOutsideOfPackage("kozan.cli..").should().dependOnClassesThat()
                .resideInAPackage("kozan.cli..").because("kozan.cli wires everything; nothing depends on it"));
    }
}
