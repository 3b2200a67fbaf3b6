package kozan.build;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Judges the licences of the runtime classpath (what the shaded jar bundles) against the list in
 * {@code simulation/licences.tsv}. The rule that matters is fixed here, not in the list: a GPL-only artefact (GPL or
 * AGPL without the Classpath exception) makes the jar impossible to pass on beside MASON (AFL-3.0), so no line of
 * the list can accept one. Everything else must be named in the list, with a licence the list accepts.
 */
final class LicenceCheck {

    /** One resolved artefact of {@code mvn dependency:list}. */
    record Artefact(String group, String artifact, String version) {
        String key() {
            return group + ":" + artifact;
        }
    }

    /** The parsed licence list: accepted licence ids, and the licence expression of each artefact. */
    record Allowlist(Set<String> accepted, Map<String, String> licenceByArtefact) {
    }

    /** GPL or AGPL of any version; LGPL is not matched (it starts with L). */
    private static final Pattern GPL = Pattern.compile("A?GPL-\\d.*");
    private static final String CLASSPATH_EXCEPTION = "Classpath-exception-2.0";

    private LicenceCheck() {
    }

    /**
     * Reads the output of {@code mvn dependency:list -DoutputFile=...}: lines such as
     * {@code "   org.yaml:snakeyaml:jar:2.7:compile -- module org.yaml.snakeyaml"}, with an optional classifier
     * ({@code group:artifact:type:classifier:version:scope}). Other lines (the heading, blanks) are skipped.
     */
    static List<Artefact> parseDependencyList(List<String> lines) {
        List<Artefact> out = new ArrayList<>();
        for (String line : lines) {
            String coordinates = line.strip().split("\\s+", 2)[0];
            String[] p = coordinates.split(":");
            if (p.length == 5) {
                out.add(new Artefact(p[0], p[1], p[3]));
            } else if (p.length == 6) {
                out.add(new Artefact(p[0], p[1], p[4]));
            }
        }
        return out;
    }

    /** Parses licences.tsv; a malformed line is an error naming the line, so a typo cannot pass silently. */
    static Allowlist parseAllowlist(List<String> lines) {
        Set<String> accepted = new LinkedHashSet<>();
        Map<String, String> byArtefact = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length >= 2 && f[0].equals("accept")) {
                accepted.add(f[1].strip());
            } else if (f.length == 3 && f[0].equals("artefact")) {
                if (byArtefact.put(f[1].strip(), f[2].strip()) != null) {
                    throw new IllegalArgumentException("licences.tsv:" + (i + 1) + ": " + f[1] + " listed twice");
                }
            } else {
                throw new IllegalArgumentException("licences.tsv:" + (i + 1) + ": expected 'accept<TAB>licence"
                        + "<TAB>why' or 'artefact<TAB>group:artifact<TAB>licence', found: " + line);
            }
        }
        return new Allowlist(accepted, byArtefact);
    }

    /** Whether one licence term (an id, perhaps "id WITH exception") is GPL or AGPL without the Classpath exception. */
    static boolean gplOnly(String term) {
        String[] parts = term.strip().split("\\s+WITH\\s+");
        return GPL.matcher(parts[0]).matches() && !(parts.length == 2 && parts[1].equals(CLASSPATH_EXCEPTION));
    }

    /**
     * What is wrong with this classpath under this list, one sentence per problem; empty when the jar may be
     * passed on. An expression is acceptable when one of its OR alternatives is: every AND term accepted by the
     * list and none GPL-only.
     */
    static List<String> problems(List<Artefact> classpath, Allowlist list) {
        List<String> problems = new ArrayList<>();
        Set<String> onClasspath = new LinkedHashSet<>();
        for (Artefact a : classpath) {
            onClasspath.add(a.key());
            String licence = list.licenceByArtefact().get(a.key());
            if (licence == null) {
                problems.add(a.key() + ":" + a.version() + " is on the runtime classpath but not in licences.tsv:"
                        + " look up its licence and add a line 'artefact<TAB>" + a.key() + "<TAB><SPDX licence>'");
            } else if (!acceptable(licence, list.accepted())) {
                problems.add(a.key() + ":" + a.version() + " is under " + licence + ", "
                        + (anyGplOnly(licence) ? "GPL-only (GPL or AGPL without the Classpath exception): a jar that"
                        + " bundles it cannot be passed on with MASON (AFL-3.0); drop or replace the dependency"
                        : "which licences.tsv does not accept (add an 'accept' line only after reading the licence)"));
            }
        }
        for (String listed : list.licenceByArtefact().keySet()) {
            if (!onClasspath.contains(listed)) {
                problems.add(listed + " is in licences.tsv but no longer on the runtime classpath: remove its line");
            }
        }
        return problems;
    }

    private static boolean acceptable(String expression, Set<String> accepted) {
        for (String alternative : expression.split("\\s+OR\\s+")) {
            boolean all = true;
            for (String term : alternative.split("\\s+AND\\s+")) {
                all &= !gplOnly(term) && accepted.contains(term.strip());
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyGplOnly(String expression) {
        for (String term : expression.split("\\s+(OR|AND)\\s+")) {
            if (gplOnly(term)) {
                return true;
            }
        }
        return false;
    }

    /** The Markdown table of docs/licenses.md: one row per artefact, in dependency:list order (sorted). */
    static String table(List<Artefact> classpath, Allowlist list) {
        StringBuilder s = new StringBuilder("| artefact | version | licence (SPDX) |\n|---|---|---|\n");
        for (Artefact a : classpath) {
            s.append("| `").append(a.key()).append("` | ").append(a.version()).append(" | ")
                    .append(list.licenceByArtefact().getOrDefault(a.key(), "?")).append(" |\n");
        }
        return s.toString();
    }
}
