package kozan.gui.levers;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.FlowLayout;
import java.awt.Font;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.ListSelectionModel;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;
import javax.swing.table.AbstractTableModel;
import kozan.gui.Lever;

/**
 * The lever panel: every government lever with its unit, its timeline in force and its documented meaning (the
 * scenario format's own text); select one, give a value and the month it applies from, and Set. The change
 * applies from that month in the run on screen when the model allows it, otherwise from the next run, and the
 * status line says which. Save Scenario writes the levers as a scenario that extends the opened one.
 */
public final class LeverWindow {

    private final LeverPlan plan;
    private final JFrame frame = new JFrame("Levers over time");
    private final JTable table;
    private final JTextField value = new JTextField(10);
    private final JTextField from = new JTextField(7);
    private final JLabel meaning = new JLabel();
    private final JLabel status = new JLabel(" ");
    private final Model model = new Model();

    /**
     * @param apply      applies the plan and returns what happened ("applies from ... in this run", ...)
     * @param nextMonth  the month about to be simulated (the default "from")
     * @param save       opens File > Save Scenario
     */
    public LeverWindow(LeverPlan plan, Function<LeverPlan, String> apply, Supplier<YearMonth> nextMonth, Runnable save) {
        this.plan = plan;
        table = new JTable(model);
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.setRowHeight(22);
        table.getColumnModel().getColumn(0).setPreferredWidth(170);
        table.getColumnModel().getColumn(1).setPreferredWidth(90);
        table.getColumnModel().getColumn(2).setPreferredWidth(300);
        table.getColumnModel().getColumn(3).setPreferredWidth(520);
        table.getSelectionModel().addListSelectionListener(e -> select(nextMonth.get()));
        JButton set = new JButton("Set from month");
        set.addActionListener(e -> set(apply));
        JButton reset = new JButton("Reset lever");
        reset.addActionListener(e -> {
            Lever l = selected();
            if (l != null) {
                plan.reset(l);
                status.setText(l.key() + " reset to the scenario's timeline; " + apply.apply(plan));
                model.fireTableDataChanged();
            }
        });
        JButton saveButton = new JButton("Save Scenario...");
        saveButton.addActionListener(e -> save.run());
        JPanel edit = new JPanel(new FlowLayout(FlowLayout.LEFT));
        edit.add(new JLabel("Value:"));
        edit.add(value);
        edit.add(new JLabel("from (YYYY-MM):"));
        edit.add(from);
        edit.add(set);
        edit.add(reset);
        edit.add(saveButton);
        meaning.setBorder(BorderFactory.createEmptyBorder(4, 8, 4, 8));
        status.setBorder(BorderFactory.createEmptyBorder(4, 8, 6, 8));
        status.setFont(status.getFont().deriveFont(Font.BOLD));
        JPanel south = new JPanel(new BorderLayout());
        south.add(meaning, BorderLayout.NORTH);
        south.add(edit, BorderLayout.CENTER);
        south.add(status, BorderLayout.SOUTH);
        JPanel root = new JPanel(new BorderLayout());
        root.add(new JScrollPane(table), BorderLayout.CENTER);
        root.add(south, BorderLayout.SOUTH);
        frame.setContentPane(root);
        frame.setDefaultCloseOperation(WindowConstants.HIDE_ON_CLOSE);
        frame.setSize(1120, 520);
        table.setRowSelectionInterval(0, 0);
    }

    public JFrame frame() {
        return frame;
    }

    /** Shows the window (Swing thread). */
    public void show(Component near) {
        model.fireTableDataChanged();
        frame.setLocationRelativeTo(near);
        frame.setVisible(true);
    }

    /** Shows a status line (e.g. after the run switched; any thread). */
    public void status(String text) {
        SwingUtilities.invokeLater(() -> {
            status.setText(text);
            model.fireTableDataChanged();
        });
    }

    private Lever selected() {
        int row = table.getSelectedRow();
        return row < 0 ? null : Lever.values()[row];
    }

    private void select(YearMonth next) {
        Lever l = selected();
        if (l == null) {
            return;
        }
        meaning.setText("<html><b>" + l.key() + "</b> (" + l.displayUnit() + ", " + l.min() + " to " + l.max()
                + "): " + l.doc() + "</html>");
        value.setText(LeverPlan.number(plan.timeline(l).valueAt(next)));
        from.setText(next.toString());
    }

    private void set(Function<LeverPlan, String> apply) {
        Lever l = selected();
        if (l == null) {
            return;
        }
        try {
            double v = Double.parseDouble(value.getText().strip());
            YearMonth m = YearMonth.parse(from.getText().strip());
            double got = plan.set(l, m, v);
            String clamp = got == v ? "" : " (" + LeverPlan.number(v) + " is outside " + l.min() + " to " + l.max()
                    + "; set to " + LeverPlan.number(got) + ")";
            status.setText(l.key() + " = " + LeverPlan.number(got) + " from " + m + clamp + ": " + apply.apply(plan));
        } catch (NumberFormatException e) {
            status.setText("not set: '" + value.getText() + "' is not a number");
        } catch (DateTimeParseException e) {
            status.setText("not set: '" + from.getText() + "' is not a month (YYYY-MM, e.g. 2030-04)");
        } catch (IllegalArgumentException e) {
            status.setText("not set: " + e.getMessage());
        }
        model.fireTableDataChanged();
    }

    /** Lever, unit, timeline in force, meaning. */
    private final class Model extends AbstractTableModel {
        private final String[] columns = {"Lever", "Unit", "Timeline in force", "Meaning"};

        @Override
        public int getRowCount() {
            return Lever.values().length;
        }

        @Override
        public int getColumnCount() {
            return columns.length;
        }

        @Override
        public String getColumnName(int c) {
            return columns[c];
        }

        @Override
        public Object getValueAt(int r, int c) {
            Lever l = Lever.values()[r];
            return switch (c) {
                case 0 -> l.key() + (plan.isEdited(l) ? " (edited)" : "");
                case 1 -> l.displayUnit();
                case 2 -> plan.describe(l);
                default -> l.doc();
            };
        }
    }

    /** The default file name of a saved scenario: the opened one's with "-planner". */
    public static Path suggestedFile(Path opened) {
        String n = opened.getFileName().toString().replaceFirst("\\.ya?ml$", "");
        return opened.toAbsolutePath().resolveSibling(n + "-planner.yaml");
    }
}
