package onestop.catalog.guide;

import onestop.catalog.HandlingMode;
import onestop.catalog.ItemType;
import onestop.catalog.MaterialForm;
import onestop.catalog.MaterialLevel;
import onestop.security.Role;

import java.time.LocalDate;

/**
 * The words around an item's content in the reader's language: the EJB layer has the content,
 * the web layer has the bundles and the localized names of departments and halls. The guide
 * renderers ask for labels by the keys below ({@code guide.*}, {@code pdf.*}); the item content
 * itself (name, texts, materials) is printed as published.
 */
public interface GuideTexts {
    /** BCP 47 tag of the reader's language: {@code zh-Hant}, {@code zh-Hans} or {@code en}. */
    String languageTag();

    /** The label for a key, formatted with the arguments ({@link java.text.MessageFormat}). */
    String label(String key, Object... args);

    String department(String code);

    String hall(String code);

    default String type(ItemType type) {
        return type == null ? "" : label("type." + type.name());
    }

    default String mode(HandlingMode mode) {
        return mode == null ? "" : label("mode." + mode.name());
    }

    default String form(MaterialForm form) {
        return form == null ? "" : label("form." + form.name());
    }

    default String level(MaterialLevel level) {
        return level == null ? "" : label("level." + level.name());
    }

    default String role(Role role) {
        return role == null ? "" : label("role." + role.name());
    }

    default String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }
}
