package kozan.model.labour;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The workplaces of one region as its labour market books them: the registered employers in id order, then the
 * market's own INDUCED and REST pools. Every loop over employers runs in this order, so sums are reproducible.
 */
final class EmployerSlots {
    private final Map<String, EmployerSlot> registered = new TreeMap<>();
    final EmployerSlot induced = new EmployerSlot(null, EmployerClass.INDUCED);
    private final EmployerSlot rest;
    /** Caches of the two iteration orders, rebuilt when an employer registers (the monthly loops only read them). */
    private List<EmployerSlot> registeredInOrder = List.of();
    private List<EmployerSlot> all;

    EmployerSlots(EmployerSlot rest) {
        this.rest = rest;
        this.all = List.of(induced, rest);
    }

    /**
     * Books a new employer with its starting workforce, persons (the caller takes it from the rest of the economy).
     *
     * @throws IllegalArgumentException for a class the market holds itself (INDUCED, REST), an id booked twice or a
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

    /** Registered employers in id order, then INDUCED, then REST. */
    List<EmployerSlot> all() {
        return all;
    }

    /** Employed persons over all slots. */
    double employed() {
        double e = 0.0;
        for (EmployerSlot s : all()) {
            e += s.workforce;
        }
        return e;
    }

    /** Employed persons of one class. */
    double employment(EmployerClass kind) {
        double e = 0.0;
        for (EmployerSlot s : all()) {
            if (s.kind == kind) {
                e += s.workforce;
            }
        }
        return e;
    }

    /** This month's vacancies that need skilled miners ({@code skilled}) or general workers, persons. */
    double vacancies(boolean skilled) {
        double v = 0.0;
        for (EmployerSlot s : all()) {
            if (s.skilled == skilled) {
                v += s.vacancy;
            }
        }
        return v;
    }

    /** Skilled vacancies of the registered employers left open after this month's hiring, persons. */
    double openSkilledVacancies() {
        double v = 0.0;
        for (EmployerSlot s : registeredInOrder) {
            if (s.skilled) {
                v += s.vacancy - s.hired;
            }
        }
        return v;
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

    /** Vacancies of one class this month, persons. */
    double vacancies(EmployerClass kind) {
        double v = 0.0;
        for (EmployerSlot s : all()) {
            if (s.kind == kind) {
                v += s.vacancy;
            }
        }
        return v;
    }
}
