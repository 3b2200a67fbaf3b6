package kozan.build;

import kozan.build.LicenceCheck.Allowlist;
import kozan.build.LicenceCheck.Artefact;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The licence checker on made-up dependency lists: what it lets through and what it stops. */
class LicenceCheckTest {

    /** dependency:list output as Maven 3.8 writes it, with JFreeSVG as Kozan had it before Batik. */
    static final List<String> DEPENDENCY_LIST = List.of(
            "",
            "The following files have been resolved:",
            "   fr.irit.smac.thirdparty.edu.gmu.cs:mason:jar:18:compile -- module mason (auto)",
            "   org.jfree:org.jfree.svg:jar:5.0.7:compile -- module org.jfree.svg",
            "   org.openjfx:javafx-base:jar:linux:21:runtime -- module javafx.base");

    static Allowlist list(String... artefactLines) {
        List<String> lines = new java.util.ArrayList<>(List.of(
                "# comment", "", "accept\tApache-2.0\tpermissive", "accept\tAFL-3.0\tpermissive",
                "accept\tGPL-3.0-only\ta careless line: the GPL-only rule must win over it",
                "accept\tGPL-2.0-only WITH Classpath-exception-2.0\tthe JDK's licence"));
        lines.addAll(List.of(artefactLines));
        return LicenceCheck.parseAllowlist(lines);
    }

    @Test
    void readsCoordinatesWithAndWithoutClassifier() {
        assertThat(LicenceCheck.parseDependencyList(DEPENDENCY_LIST)).containsExactly(
                new Artefact("fr.irit.smac.thirdparty.edu.gmu.cs", "mason", "18"),
                new Artefact("org.jfree", "org.jfree.svg", "5.0.7"),
                new Artefact("org.openjfx", "javafx-base", "21"));
    }

    @Test
    void jfreeSvgUnderGplIsStoppedEvenWhenTheListAcceptsGpl() {
        List<String> problems = LicenceCheck.problems(LicenceCheck.parseDependencyList(DEPENDENCY_LIST), list(
                "artefact\tfr.irit.smac.thirdparty.edu.gmu.cs:mason\tAFL-3.0",
                "artefact\torg.jfree:org.jfree.svg\tGPL-3.0-only",
                "artefact\torg.openjfx:javafx-base\tGPL-2.0-only WITH Classpath-exception-2.0"));
        assertThat(problems).singleElement().asString()
                .startsWith("org.jfree:org.jfree.svg:5.0.7 is under GPL-3.0-only, GPL-only");
    }

    @Test
    void gplOnlyMeansGplOrAgplWithoutTheClasspathException() {
        assertThat(LicenceCheck.gplOnly("GPL-3.0-only")).isTrue();
        assertThat(LicenceCheck.gplOnly("GPL-2.0-or-later")).isTrue();
        assertThat(LicenceCheck.gplOnly("AGPL-3.0-or-later")).isTrue();
        assertThat(LicenceCheck.gplOnly("GPL-2.0-only WITH Classpath-exception-2.0")).isFalse();
        assertThat(LicenceCheck.gplOnly("GPL-2.0-only WITH GCC-exception-3.1")).isTrue();
        assertThat(LicenceCheck.gplOnly("LGPL-2.1-or-later")).isFalse();
        assertThat(LicenceCheck.gplOnly("Apache-2.0")).isFalse();
    }

    @Test
    void aDualLicenceWithAnAcceptedAlternativePassesAndAnAndWithGplDoesNot() {
        List<Artefact> one = List.of(new Artefact("g", "a", "1"));
        assertThat(LicenceCheck.problems(one, list("artefact\tg:a\tGPL-3.0-only OR Apache-2.0"))).isEmpty();
        assertThat(LicenceCheck.problems(one, list("artefact\tg:a\tApache-2.0 AND AGPL-3.0-only")))
                .singleElement().asString().contains("GPL-only");
    }

    @Test
    void anUnlistedArtefactAnUnacceptedLicenceAndAStaleLineAreEachReported() {
        List<Artefact> classpath = List.of(new Artefact("g", "new", "2"), new Artefact("g", "odd", "1"));
        assertThat(LicenceCheck.problems(classpath, list("artefact\tg:odd\tSSPL-1.0", "artefact\tg:gone\tMIT")))
                .containsExactly(
                        "g:new:2 is on the runtime classpath but not in licences.tsv: look up its licence and add a"
                                + " line 'artefact<TAB>g:new<TAB><SPDX licence>'",
                        "g:odd:1 is under SSPL-1.0, which licences.tsv does not accept (add an 'accept' line only"
                                + " after reading the licence)",
                        "g:gone is in licences.tsv but no longer on the runtime classpath: remove its line");
    }

    @Test
    void aMalformedLineNamesItsLineNumber() {
        assertThatThrownBy(() -> list("artefact g:a Apache-2.0"))
                .hasMessageStartingWith("licences.tsv:7: expected");
    }

    @Test
    void theTableHasOneRowPerArtefact() {
        assertThat(LicenceCheck.table(List.of(new Artefact("g", "a", "1")), list("artefact\tg:a\tApache-2.0")))
                .isEqualTo("| artefact | version | licence (SPDX) |\n|---|---|---|\n| `g:a` | 1 | Apache-2.0 |\n");
    }
}
