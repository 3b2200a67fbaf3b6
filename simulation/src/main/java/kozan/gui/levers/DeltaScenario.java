package kozan.gui.levers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import kozan.gui.Lever;
import kozan.scenario.TimelinePoint;

/**
 * A scenario file that states only the planner's lever timelines and {@code extends} the scenario the GUI
 * started from (docs/scenarios.md, "A scenario that extends another"). The GUI runs from such a file too, so
 * {@code kozan run} on the saved file runs what the GUI ran.
 */
public final class DeltaScenario {

    private DeltaScenario() {
    }

    /**
     * The delta's YAML.
     *
     * @param parent  the scenario file the plan started from
     * @param target  where the delta will be written (extends is relative to its folder when it can be)
     * @param name    metadata.name of the new scenario
     */
    public static String yaml(LeverPlan plan, Path parent, Path target, String name) {
        Path dir = target.toAbsolutePath().getParent();
        Path p = parent.toAbsolutePath().normalize();
        String ext;
        try {
            ext = dir.relativize(p).toString().replace('\\', '/');
        } catch (IllegalArgumentException e) { // another drive
            ext = p.toString();
        }
        StringBuilder b = new StringBuilder();
        b.append("# Written by the Kozan planner GUI (File > Save Scenario): the levers the planner set, as timelines;\n")
                .append("# everything else comes from the scenario this one extends. `kozan run` on this file runs\n")
                .append("# what the GUI ran (replication k = the Console's seed k).\n");
        b.append("version: 1\n");
        b.append("extends: ").append(quote(ext)).append('\n');
        b.append("metadata:\n  name: ").append(quote(name)).append('\n');
        b.append("  title: ").append(quote(plan.base().metadata().title() + " (planner levers)")).append('\n');
        Map<Lever, List<TimelinePoint>> edits = plan.edits();
        if (!edits.isEmpty()) {
            b.append("government:\n");
            for (Map.Entry<Lever, List<TimelinePoint>> e : edits.entrySet()) {
                b.append("  ").append(e.getKey().key()).append(":   # ").append(e.getKey().displayUnit())
                        .append(": ").append(e.getKey().doc()).append('\n');
                for (TimelinePoint p2 : e.getValue()) {
                    b.append("    - {from: ").append(p2.from()).append(", value: ").append(LeverPlan.number(p2.value()))
                            .append("}\n");
                }
            }
        }
        return b.toString();
    }

    /** Writes the delta next to nothing else: a temporary file in the target's folder, then an atomic rename. */
    public static void write(LeverPlan plan, Path parent, Path target, String name) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(dir, ".kozan-", ".yaml.tmp");
        try {
            Files.writeString(tmp, yaml(plan, parent, target, name), StandardCharsets.UTF_8);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** YAML double-quoted string. */
    static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
