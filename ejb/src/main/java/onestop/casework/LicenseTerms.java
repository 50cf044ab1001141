package onestop.casework;

import onestop.catalog.HandlingMode;
import onestop.catalog.ItemType;

import java.util.regex.Pattern;

/**
 * Which approved cases yield a license (行政許可證件, 行政許可法 第三十九條) and what it says. The
 * catalog names no certificate per item, so the rule is:
 * <ul>
 * <li>a case of an item of the type 行政許可 that the department decides itself yields one license
 *     when approved; not an item reported upward (上報: the higher authority issues the certificate)
 *     nor a controlled one (控制: answered with a written reply), nor any other type (行政確認,
 *     公共服務, ...: the decision letter is the result);</li>
 * <li>its title is the certificate the item's name names ("藥品經營許可證（零售）核發" → 藥品經營許可證),
 *     or the name and 證 for an item named "…許可" (食品經營許可 → 食品經營許可證), else 行政許可證;</li>
 * <li>its scope is what the decision says is permitted, else the item's name;</li>
 * <li>it is valid from the day of the decision to the day the decision names, or long-term (長期).</li>
 * </ul>
 */
final class LicenseTerms {
    static final String GENERIC_TITLE = "行政許可證";
    /** The longest title a license takes. */
    static final int MAX_TITLE = 100;
    private static final Pattern TRAILING_NOTE = Pattern.compile("[（(][^（）()]*[）)]$");

    private LicenseTerms() {
    }

    static boolean yieldsLicense(ItemType type, HandlingMode mode) {
        return type == ItemType.ADMINISTRATIVE_LICENSE && mode != HandlingMode.REPORTED && mode != HandlingMode.CONTROLLED;
    }

    static String title(String itemName) {
        String name = itemName == null ? "" : itemName.strip();
        String title = GENERIC_TITLE;
        for (String certificate : new String[] {"許可證", "许可证"}) {
            int at = name.indexOf(certificate);
            if (at > 0) {
                title = name.substring(0, at + certificate.length());
                return title.length() <= MAX_TITLE ? title : GENERIC_TITLE;
            }
        }
        String bare = TRAILING_NOTE.matcher(name).replaceFirst("").strip();
        if (bare.endsWith("許可")) {
            title = bare + "證";
        } else if (bare.endsWith("许可")) {
            title = bare + "证";
        }
        return title.length() <= MAX_TITLE ? title : GENERIC_TITLE;
    }

    static String scope(String itemName, String decided) {
        return decided == null || decided.isBlank() ? itemName : decided.strip();
    }
}
