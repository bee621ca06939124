package io.jalloy.syntax.diag;

import java.util.ArrayList;
import java.util.List;

/**
 * An ordered list of diagnostics, thrown as one exception when any is an error. Collecting
 * several before failing lets a user fix a whole file in one pass, as with Alloy.
 */
public final class Diagnostics extends Exception {
    private final List<Diagnostic> list;

    public Diagnostics(List<Diagnostic> list) {
        super(null, null, false, false);
        this.list = List.copyOf(list);
    }

    /** A single error. */
    public static Diagnostics of(Diagnostic d) {
        return new Diagnostics(List.of(d));
    }

    public List<Diagnostic> list() {
        return list;
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    /** Whether any diagnostic is an error (warnings alone do not fail a config). */
    public boolean hasErrors() {
        for (Diagnostic d : list) {
            if (d.severity() == Severity.ERROR) {
                return true;
            }
        }
        return false;
    }

    /** This list followed by another. */
    public Diagnostics plus(Diagnostics other) {
        List<Diagnostic> all = new ArrayList<>(list);
        all.addAll(other.list);
        return new Diagnostics(all);
    }

    /** Alloy's error text: the first diagnostic, and how many more there are. */
    @Override
    public String getMessage() {
        if (list.isEmpty()) {
            return "no errors";
        }
        String first = list.get(0).toString();
        return list.size() == 1 ? first : first + " (and " + (list.size() - 1) + " more diagnostics)";
    }
}
