package kozan.model.labour;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

/**
 * The workplaces of one region as its labour market books them: the registered employers in id order, then the
 * market's own INDIRECT, INDUCED and REST pools. Every loop over employers runs in this order, so sums are reproducible.
 */
final class EmployerSlots {
    private final Map<String, EmployerSlot> registered = new TreeMap<>();
    final EmployerSlot indirect = new EmployerSlot(null, EmployerClass.INDIRECT);
    final EmployerSlot induced = new EmployerSlot(null, EmployerClass.INDUCED);
    private final EmployerSlot rest;
    /** Caches of the two iteration orders, rebuilt when an employer registers (the monthly loops only read them). */
    private List<EmployerSlot> registeredInOrder = List.of();
    private List<EmployerSlot> all;

    EmployerSlots(EmployerSlot rest) {
        this.rest = rest;
        this.all = List.of(indirect, induced, rest);
    }

    /**
     * Books a new employer with its starting workforce, persons (the caller takes it from the rest of the economy).
     *
     * @throws IllegalArgumentException for a class the market holds itself (INDIRECT, INDUCED, REST), an id booked twice or a
     *                                  starting workforce outside [0, rest-of-economy workforce]
     */
    EmployerSlot add(Employer employer, double workforce, String regionId) {
        if (!employer.employerClass().registrable()) {
            throw new IllegalArgumentException("employer " + employer.employerId() + " has class "
                    + employer.employerClass() + "; only MINING, SUPPLIERS and MANUFACTURING register");
        }
        if (registered.containsKey(employer.employerId())) {
            throw new IllegalArgumentException("region " + regionId + ": employer id " + employer.employerId() + " twice");
        }
        if (!(workforce >= 0) || workforce > rest.workforce) {
            throw new IllegalArgumentException("employer " + employer.employerId() + ": initial workers " + workforce
                    + " must be in [0, " + rest.workforce + "] persons");
        }
        EmployerSlot slot = new EmployerSlot(employer, employer.employerClass());
        slot.workforce = workforce;
        registered.put(employer.employerId(), slot);
        registeredInOrder = List.copyOf(registered.values());
        List<EmployerSlot> slots = new ArrayList<>(registeredInOrder);
        slots.add(indirect);
        slots.add(induced);
        slots.add(rest);
        all = List.copyOf(slots);
        return slot;
    }

    /** The slot of a registered employer, or null. */
    EmployerSlot get(String employerId) {
        return registered.get(employerId);
    }

    /** Registered employers in id order. */
    Collection<EmployerSlot> registered() {
        return registeredInOrder;
    }

    /** Registered employers in id order, then INDIRECT, INDUCED, REST. */
    List<EmployerSlot> all() {
        return all;
    }

    /** Employed persons over all slots. */
    double employed() {
        return sum(all, slot -> true, slot -> slot.workforce);
    }

    /** Employed persons of one class. */
    double employment(EmployerClass kind) {
        return sum(all, slot -> slot.kind == kind, slot -> slot.workforce);
    }

    /** This month's vacancies that need skilled miners ({@code skilled}) or general workers, persons. */
    double vacancies(boolean skilled) {
        return sum(all, slot -> slot.skilled == skilled, slot -> slot.vacancy);
    }

    /** Vacancies of one class this month, persons. */
    double vacancies(EmployerClass kind) {
        return sum(all, slot -> slot.kind == kind, slot -> slot.vacancy);
    }

    /** Skilled vacancies of the registered employers left open after this month's hiring, persons. */
    double openSkilledVacancies() {
        return sum(registeredInOrder, slot -> slot.skilled, slot -> slot.vacancy - slot.hired);
    }

    /**
     * Pro-rata hiring in slot order: each pool's matches are shared over its vacancies ({@link Matching#proRata}).
     *
     * @return persons hired over all slots
     */
    double hire(double skilledVacancies, double skilledMatches, double generalVacancies, double generalMatches) {
        double hires = 0.0;
        for (EmployerSlot s : all()) {
            double pool = s.skilled ? skilledVacancies : generalVacancies;
            double matched = s.skilled ? skilledMatches : generalMatches;
            s.hired = Matching.proRata(matched, s.vacancy, pool);
            s.workforce += s.hired;
            hires += s.hired;
        }
        return hires;
    }

    /** Sum of {@code value} over the slots that pass {@code which}, in slot order (so sums are reproducible). */
    private static double sum(List<EmployerSlot> slots, Predicate<EmployerSlot> which, ToDoubleFunction<EmployerSlot> value) {
        double total = 0.0;
        for (int i = 0; i < slots.size(); i++) {
            EmployerSlot slot = slots.get(i);
            if (which.test(slot)) {
                total += value.applyAsDouble(slot);
            }
        }
        return total;
    }
}
