package kozan.scenario;

import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Generates docs/scenario-reference.md from the @Field annotations: one table per record type (in reading order)
 * with key, type, unit, allowed range, default and meaning, and every path where the type is used.
 * A test keeps the committed file equal to this output.
 */
public final class ScenarioReference {
    /** How to regenerate the committed file; shown by the freshness test and in the file itself. */
    public static final String REGENERATE =
            "mvn -B -o test -pl simulation -Dtest=ScenarioReferenceTest -Dkozan.regenerateDocs=true";

    private ScenarioReference() {
    }

    public static String markdown() {
        Map<Class<?>, List<String>> paths = new LinkedHashMap<>();
        collect(Scenario.class, "", paths);
        StringBuilder b = new StringBuilder();
        b.append("# Scenario format v1: field reference\n\n")
                .append("Generated from the `@Field` annotations of the records in `kozan.scenario` by\n")
                .append("`ScenarioReference.markdown()`; do not edit by hand. Regenerate with\n")
                .append("`").append(REGENERATE).append("`.\n\n")
                .append("Conventions:\n\n")
                .append("- A YAML key is the record component name in snake_case (`mineDefaults` is `mine_defaults`).\n")
                .append("- *required* fields must be given; every other field has the default shown (`null` = absent,\n")
                .append("  `{}` = a mapping with all its defaults, `[]` = an empty list).\n")
                .append("- Months are written `YYYY-MM` (`2027-04`); a date such as `2027-04-01` is an error.\n")
                .append("- A *timeline* is a number (constant) or a list of `{from: YYYY-MM, value: x}` points in\n")
                .append("  increasing month order; before its first point a timeline is 0. The allowed range applies to\n")
                .append("  every value.\n")
                .append("- Every real number lies between -1e15 and 1e15 (larger magnitudes are never data, and derived\n")
                .append("  quantities would overflow); a field's own range, shown below, may be narrower.\n")
                .append("- List entries are named in messages by their `id` (`commodities[copper]`), else by index.\n")
                .append("- Write `true`/`false` for booleans and quote text that YAML 1.1 would read as a boolean\n")
                .append("  (`\"NO\"` for Norway); numbers with leading zeros (`012`) and base-60 numbers (`1:30`) are\n")
                .append("  errors. `kozan validate` reports every problem with file:line:column and field path.\n")
                .append("- Semantic rules: ids are unique per list; references (regions, commodities, import sources of\n")
                .append("  the event's or agreement's commodity, mines) must exist; import shares of a commodity sum to\n")
                .append("  1; events start inside the horizon; PROCESSING suppliers name a commodity, others do not;\n")
                .append("  distributions give exactly the parameters of their kind; explicit `run.target_years` lie in\n")
                .append("  the horizon (the default years are cut to the horizon).\n")
                .append("\n## A scenario that extends another\n\n")
                .append("A file may state only what it changes: `extends: baseline.yaml` (a path relative to the file) at\n")
                .append("the top level reads that file first and merges this one onto it. The parent may itself extend\n")
                .append("another (a chain); a file that extends itself through its parents is an error.\n\n")
                .append("- Mappings merge key by key, at any depth: `government: {capex_grant: 0.3}` changes one lever\n")
                .append("  and keeps every other. A mapping whose `kind` differs from the parent's (a distribution, a\n")
                .append("  supplier) replaces it whole, since the other keys belonged to the old kind.\n")
                .append("- Lists of entries with an `id` merge by id: ").append(ID_LISTS).append(". An entry\n")
                .append("  with an existing id changes that entry (key by key, in place); a new id is added at the end.\n")
                .append("  An entry `- remove: [id, ...]` removes entries; entries apply in order, so `- remove: [x]`\n")
                .append("  followed by `- id: x ...` restates entry x whole. Every entry of such a list in a delta has\n")
                .append("  an `id` or is a `remove` entry.\n")
                .append("- Everything else replaces the parent's value: numbers, text, timelines (a lever given as a\n")
                .append("  timeline restates all its points), and lists without ids (`target_years`, `prefectures`,\n")
                .append("  `sources`, `intensities`, `targeted_support`).\n")
                .append("- Each file declares `version: 1`; a file without `extends` is a whole scenario, as before.\n")
                .append("- Problems point into the file the value came from: a bad value the parent gives is reported\n")
                .append("  at the parent's line and column, one the delta gives at the delta's.\n")
                .append("- The resolved `scenario.yaml` of a run is the merged scenario, complete and runnable alone;\n")
                .append("  `manifest.json` lists every file of the chain with its sha256 (`scenario.chain`).\n")
                .append("\nJSON Schemas for editors: `docs/scenario.schema.json` (linked by the first line of every\n")
                .append("scenario; a file with `extends` is checked in delta form, keys optional) and\n")
                .append("`docs/batch.schema.json`. They are the output of `kozan schema` and `kozan schema --batch`;\n")
                .append("after a change to the format, regenerate them with\n")
                .append("`./kozan schema > docs/scenario.schema.json && ./kozan schema --batch > docs/batch.schema.json`\n")
                .append("(`SchemaFilesTest` fails until they match).\n");
        for (Map.Entry<Class<?>, List<String>> e : paths.entrySet()) {
            Class<?> type = e.getKey();
            String heading = type == Scenario.class ? "Top level (Scenario)"
                    : e.getValue().size() > 1 ? type.getSimpleName()
                    : "`" + e.getValue().get(0) + "` (" + type.getSimpleName() + ")";
            b.append("\n## ").append(heading).append("\n\n");
            if (type != Scenario.class) {
                b.append("Used at: ").append(String.join(", ", e.getValue().stream().map(p -> "`" + p + "`").toList()))
                        .append("\n\n");
            }
            b.append("| key | type | unit | allowed | default | meaning |\n|---|---|---|---|---|---|\n");
            for (Schema.Comp c : Schema.components(type)) {
                b.append("| `").append(c.key()).append("` | ").append(cell(type(c.type())))
                        .append(" | ").append(cell(c.field().unit()))
                        .append(" | ").append(cell(allowed(c)))
                        .append(" | ").append(c.required() ? "*required*" : "`" + cell(c.field().dflt()) + "`")
                        .append(" | ").append(cell(c.field().doc())).append(" |\n");
            }
        }
        return b.toString();
    }

    /** The lists merged by id, as YAML paths (from the records, so a new list with ids appears by itself). */
    private static final String ID_LISTS = idLists();

    private static String idLists() {
        Map<Class<?>, List<String>> paths = new LinkedHashMap<>();
        collect(Scenario.class, "", paths);
        List<String> out = new ArrayList<>();
        for (Map.Entry<Class<?>, List<String>> e : paths.entrySet()) {
            for (Schema.Comp c : Schema.components(e.getKey())) {
                if (DeltaMerge.idList(c.type())) {
                    for (String p : e.getValue()) {
                        out.add("`" + YamlTree.join(p, c.key()) + "`");
                    }
                }
            }
        }
        return String.join(", ", out);
    }

    private static void collect(Class<?> type, String path, Map<Class<?>, List<String>> paths) {
        boolean first = !paths.containsKey(type);
        paths.computeIfAbsent(type, t -> new ArrayList<>()).add(path);
        for (Schema.Comp c : Schema.components(type)) {
            Type t = c.type();
            String p = YamlTree.join(path, c.key());
            if (Schema.kind(t) == Schema.Kind.LIST) {
                t = Schema.element(t);
                p += "[]";
            }
            if (Schema.kind(t) == Schema.Kind.RECORD) {
                if (first || !paths.containsKey(Schema.raw(t))) {
                    collect(Schema.raw(t), p, paths);
                } else {
                    paths.get(Schema.raw(t)).add(p);
                }
            }
        }
    }

    private static String type(Type t) {
        return switch (Schema.kind(t)) {
            case RECORD -> "mapping (" + Schema.raw(t).getSimpleName() + ")";
            case LIST -> Schema.kind(Schema.element(t)) == Schema.Kind.RECORD
                    ? "list of mappings (" + Schema.raw(Schema.element(t)).getSimpleName() + ")"
                    : "list of " + type(Schema.element(t)) + "s";
            case ENUM -> "enum";
            default -> Schema.typeName(t);
        };
    }

    private static String allowed(Schema.Comp c) {
        return switch (Schema.kind(c.type())) {
            case NUMBER, INTEGER, TIMELINE -> Schema.range(c.field(), "x");
            case LIST -> Schema.range(c.field(), "entries");
            case ENUM -> String.join(", ", Schema.enumNames(Schema.raw(c.type())));
            case MONTH -> "YYYY-MM";
            case BOOLEAN -> "true, false";
            default -> "";
        };
    }

    private static String cell(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }
}
