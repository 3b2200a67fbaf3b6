package kozan.gui.map;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;
import sim.portrayal.Inspector;

/**
 * What the Console's Inspectors tab shows for a clicked region or mine: its name and a button that opens its
 * readable panel (which the click also opens), instead of MASON's raw property inspector.
 */
final class PanelInspector extends Inspector {

    PanelInspector(String name, Runnable open) {
        setLayout(new BorderLayout());
        JPanel p = new JPanel(new FlowLayout(FlowLayout.LEFT));
        p.add(new JLabel(name));
        JButton b = new JButton("Open panel");
        b.addActionListener(e -> open.run());
        p.add(b);
        add(p, BorderLayout.NORTH);
        SwingUtilities.invokeLater(open);
    }

    @Override
    public void updateInspector() {
        // the panel has its own Refresh
    }
}
