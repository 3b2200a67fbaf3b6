package kozan.gui;

import java.util.ArrayList;
import java.util.List;
import sim.util.Properties;

/**
 * Another {@link Properties} in a fixed order: the named properties first, in the order given, then any others
 * by name. MASON's SimpleProperties lists a bean's properties in reflection order ({@code Class.getMethods}),
 * which the JVM does not fix, so the Model tab's rows moved between runs.
 */
final class FixedOrderProperties extends Properties {

    private final Properties delegate;
    /** Position shown -> index in the delegate. */
    private final int[] index;

    /** @throws IllegalArgumentException if {@code order} names a property the delegate does not have */
    FixedOrderProperties(Properties delegate, List<String> order) {
        this.delegate = delegate;
        this.object = delegate.getObject();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < delegate.numProperties(); i++) {
            names.add(delegate.getName(i));
        }
        List<String> missing = order.stream().filter(n -> !names.contains(n)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("no such properties: " + missing);
        }
        List<String> shown = new ArrayList<>(order);
        names.stream().filter(n -> !order.contains(n)).sorted().forEach(shown::add);
        index = shown.stream().mapToInt(names::indexOf).toArray();
    }

    /** The delegate's index of position {@code i}, -1 (out of range there too) for none. */
    private int at(int i) {
        return i >= 0 && i < index.length ? index[i] : -1;
    }

    @Override
    public boolean isVolatile() {
        return delegate.isVolatile();
    }

    @Override
    public int numProperties() {
        return index.length;
    }

    @Override
    public Object getValue(int i) {
        return delegate.getValue(at(i));
    }

    @Override
    public Object getDomain(int i) {
        return delegate.getDomain(at(i));
    }

    @Override
    public String getDescription(int i) {
        return delegate.getDescription(at(i));
    }

    @Override
    public boolean isReadWrite(int i) {
        return delegate.isReadWrite(at(i));
    }

    @Override
    public boolean isComposite(int i) {
        return delegate.isComposite(at(i));
    }

    @Override
    public boolean isHidden(int i) {
        return delegate.isHidden(at(i));
    }

    @Override
    public String getName(int i) {
        return delegate.getName(at(i));
    }

    @Override
    public Class getType(int i) {
        return delegate.getType(at(i));
    }

    @Override
    protected Object _setValue(int i, Object value) {
        return delegate.setValue(at(i), value);
    }
}
