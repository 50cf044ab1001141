package onestop.web.items;

import onestop.catalog.guide.GuideTexts;
import onestop.center.CenterViews.DepartmentView;
import onestop.center.CenterViews.HallView;
import onestop.common.Text;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The public catalog's words in one language: labels from the {@code onestop.web.catalog}
 * bundle and the localized names of departments and halls. Shared by the pages, the API and
 * the PDF guide, so all three say the same thing.
 */
public final class CatalogTexts implements GuideTexts {
    public static final String BUNDLE = "onestop.web.catalog";

    private final Locale locale;
    private final ResourceBundle bundle;
    private final Map<String, Text> departments;
    private final Map<String, Text> halls;

    public CatalogTexts(Locale locale, List<DepartmentView> departments, List<HallView> halls) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale);
        this.departments = departments.stream().collect(Collectors.toMap(DepartmentView::code, DepartmentView::name));
        this.halls = halls.stream().collect(Collectors.toMap(HallView::code, HallView::name));
    }

    public Locale locale() {
        return locale;
    }

    @Override
    public String languageTag() {
        return PublicLanguage.tag(locale);
    }

    @Override
    public String label(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            pattern = key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /** The department's name in this language; its code when unknown. */
    @Override
    public String department(String code) {
        return name(departments, code);
    }

    @Override
    public String hall(String code) {
        return name(halls, code);
    }

    public Function<String, String> departmentNames() {
        return this::department;
    }

    private String name(Map<String, Text> names, String code) {
        if (code == null) {
            return "";
        }
        Text name = names.get(code);
        return name == null ? code : name.in(locale);
    }
}
