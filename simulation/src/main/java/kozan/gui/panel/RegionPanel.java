package kozan.gui.panel;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Component;
import java.awt.Font;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.SwingConstants;
import javax.swing.WindowConstants;
import kozan.chart.Labels;
import kozan.chart.Palette;
import kozan.chart.PlaceNames;
import kozan.gui.compare.PairedTrack;
import kozan.gui.compare.PairedTrack.Side;
import kozan.gui.compare.Quantity;
import kozan.model.mining.Mine;
import kozan.observe.Metrics;
import kozan.scenario.RegionSpec;
import kozan.scenario.Scenario;

/**
 * A region at a glance, for a planner rather than a programmer: jobs by class, jobs from mining (gross) and all
 * employment (net), unemployment, wage index and net migration, each for the policy, the baseline and their
 * paired difference (mean over replications with its 95% interval), with a sparkline of the run so far; then the
 * mines of the region with their stages (click one for its panel). Without a baseline only the run's own
 * column is shown. Numbers are as of the latest month; press Refresh to update.
 */
public final class RegionPanel {

    private static final String[][] ROWS = {
        {Metrics.JOBS_DIRECT, "Direct jobs (mines)"},
        {Metrics.JOBS_INDIRECT, "Indirect jobs (supply chain)"},
        {Metrics.JOBS_INDUCED, "Induced jobs (household spending)"},
        {"gross", "Jobs from mining (difference = gross jobs)"},
        {"net", "Employed, all employment (difference = net jobs)"},
        {Metrics.UNEMPLOYMENT_RATE, "Unemployment rate"},
        {Metrics.WAGE_INDEX, "Wage index (start = 1)"},
        {Metrics.NET_MIGRATION, "Net migration this month"},
    };

    private RegionPanel() {
    }

    /**
     * Opens the panel of one region.
     *
     * @param track       the session's numbers (a single run: policy = baseline and {@code withBaseline} false)
     * @param mines       the mines of the (policy) run now, for the list of mines; may give an empty list
     */
    public static JFrame open(Component parent, Scenario scenario, PairedTrack track, boolean withBaseline,
                              String regionId, Supplier<List<Mine>> mines) {
        RegionSpec region = scenario.regions().stream().filter(r -> r.id().equals(regionId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no region " + regionId));
        JFrame f = new JFrame("Region: " + PlaceNames.region(region.id(), region.name()));
        f.setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        JPanel holder = new JPanel(new BorderLayout());
        Runnable fill = () -> {
            holder.removeAll();
            holder.add(content(scenario, track, withBaseline, region, mines, f), BorderLayout.CENTER);
            holder.revalidate();
            holder.repaint();
        };
        fill.run();
        JButton refresh = new JButton("Refresh");
        refresh.addActionListener(e -> fill.run());
        JPanel south = new JPanel(new BorderLayout());
        south.add(refresh, BorderLayout.EAST);
        JPanel root = new JPanel(new BorderLayout());
        root.add(new JScrollPane(holder), BorderLayout.CENTER);
        root.add(south, BorderLayout.SOUTH);
        f.setContentPane(root);
        f.setSize(withBaseline ? 1120 : 780, 660);
        f.setLocationRelativeTo(parent);
        f.setVisible(true);
        return f;
    }

    static JPanel content(Scenario scenario, PairedTrack track, boolean withBaseline, RegionSpec region,
                          Supplier<List<Mine>> mines, JFrame owner) {
        JPanel p = new JPanel(new GridBagLayout());
        p.setBorder(BorderFactory.createEmptyBorder(10, 12, 10, 12));
        p.setBackground(Color.WHITE);
        GridBagConstraints c = new GridBagConstraints();
        c.insets = new Insets(3, 6, 3, 6);
        c.anchor = GridBagConstraints.WEST;
        int step = track.latestStep();
        int row = 0;
        JLabel title = new JLabel(PlaceNames.region(region.id(), region.name()));
        title.setFont(title.getFont().deriveFont(Font.BOLD, 18f));
        c.gridx = 0;
        c.gridy = row++;
        c.gridwidth = 5;
        p.add(title, c);
        String when = step < 0 ? "no month simulated yet" : "as of " + track.start().plusMonths(step)
                + (withBaseline ? "; mean over " + track.at("gross:" + region.id(), Side.POLICY, step).n()
                + " replication(s), difference paired by replication (same random numbers)" : "");
        c.gridy = row++;
        p.add(new JLabel(when), c);
        c.gridwidth = 1;
        String[] heads = withBaseline ? new String[] {"", "Policy", "Baseline", "Difference (95% CI)", "So far"}
                : new String[] {"", "Value", "So far"};
        for (int i = 0; i < heads.length; i++) {
            c.gridx = i;
            c.gridy = row;
            JLabel h = new JLabel(heads[i]);
            h.setFont(h.getFont().deriveFont(Font.BOLD));
            p.add(h, c);
        }
        row++;
        for (String[] r : ROWS) {
            String id = r[0] + ":" + region.id();
            Quantity q = track.quantity(id);
            if (q == null) {
                continue;
            }
            c.gridy = row++;
            c.gridx = 0;
            p.add(new JLabel(r[1]), c);
            List<double[]> lines = new ArrayList<>();
            List<Color> colors = new ArrayList<>();
            lines.add(mean(track, id, Side.POLICY));
            colors.add(Palette.BLUE);
            if (withBaseline) {
                lines.add(mean(track, id, Side.BASELINE));
                colors.add(Palette.BLACK);
            }
            int col = 1;
            for (Side side : withBaseline ? new Side[] {Side.POLICY, Side.BASELINE, Side.DIFFERENCE}
                    : new Side[] {Side.POLICY}) {
                c.gridx = col++;
                String text = step < 0 ? "" : side == Side.DIFFERENCE
                        ? Values.difference(q, track.at(id, side, step)) : Values.level(q.kind(), track.at(id, side, step).mean());
                JLabel v = new JLabel(text, SwingConstants.RIGHT);
                c.anchor = GridBagConstraints.EAST;
                p.add(v, c);
                c.anchor = GridBagConstraints.WEST;
            }
            c.gridx = col;
            p.add(new Sparkline(lines, colors), c);
        }
        c.gridx = 0;
        c.gridy = row++;
        c.gridwidth = 5;
        JLabel key = new JLabel(withBaseline ? "Sparklines: policy blue, baseline black, from the first month."
                : "Sparklines: from the first month.");
        key.setFont(key.getFont().deriveFont(Font.ITALIC, 11f));
        p.add(key, c);
        JLabel mh = new JLabel("Mines and prospects in the region" + (withBaseline ? " (policy run)" : ""));
        mh.setFont(mh.getFont().deriveFont(Font.BOLD, 14f));
        c.gridy = row++;
        c.insets = new Insets(14, 6, 3, 6);
        p.add(mh, c);
        c.insets = new Insets(2, 6, 2, 6);
        List<Mine> here = mines.get().stream().filter(m -> region.id().equals(m.spec().region()))
                .sorted(Comparator.comparing((Mine m) -> MinePanel.order(m.stage())).thenComparing(Mine::id)).toList();
        if (here.isEmpty()) {
            c.gridy = row++;
            p.add(new JLabel("none"), c);
        }
        for (Mine m : here) {
            c.gridy = row++;
            c.gridwidth = 5;
            JButton b = new JButton("<html><b>" + MinePanel.name(m) + "</b> &nbsp; " + Labels.pretty(m.spec().commodity())
                    + " &nbsp; <span style='color:#555'>" + Labels.pretty(m.stage().name()) + " since "
                    + MinePanel.since(scenario, m) + "</span></html>");
            b.setBorderPainted(false);
            b.setContentAreaFilled(false);
            b.setHorizontalAlignment(SwingConstants.LEFT);
            b.setToolTipText("Open the mine's panel");
            b.addActionListener(e -> MinePanel.open(owner, scenario, m));
            p.add(b, c);
        }
        c.gridy = row;
        c.weighty = 1;
        p.add(new JLabel(""), c);
        return p;
    }

    /** The sparklines' series: the mean over replications of each month simulated so far. */
    private static double[] mean(PairedTrack t, String id, Side side) {
        int n = t.latestStep() + 1;
        double[] y = new double[Math.max(0, n)];
        for (int i = 0; i < y.length; i++) {
            y[i] = t.at(id, side, i).mean();
        }
        return y;
    }
}
