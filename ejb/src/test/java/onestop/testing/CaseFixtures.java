package onestop.testing;

import onestop.casework.CaseEnums.ReceivedForm;
import onestop.casework.CaseViews.MaterialReceipt;
import onestop.catalog.ItemCatalog;
import onestop.common.CenterTime;
import onestop.common.OnestopException;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/** What the case tests share: materials as checked at the window, and the key of a refusal. */
public final class CaseFixtures {
    private CaseFixtures() {
    }

    /** Every material of the item's version in effect today, received as one original. */
    public static List<MaterialReceipt> allReceived(ItemCatalog catalog, String item) {
        int n = catalog.versionForNewCase(item, CenterTime.today()).content().materials().size();
        return IntStream.range(0, n).mapToObj(i -> new MaterialReceipt(i, true, ReceivedForm.ORIGINAL, 1, null)).toList();
    }

    /** As {@link #allReceived}, but the first material not handed in (a correction notice is due). */
    public static List<MaterialReceipt> firstMissing(ItemCatalog catalog, String item) {
        List<MaterialReceipt> partial = new ArrayList<>(allReceived(catalog, item));
        partial.set(0, new MaterialReceipt(0, false, null, 0, null));
        return partial;
    }

    /** The message key of the refusal behind an exception (through EJB wrapping), or the exception itself. */
    public static String refusalKey(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OnestopException o) {
                return o.key();
            }
        }
        return e.toString();
    }
}
