package onestop.web.items;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import onestop.center.CenterViews.DepartmentView;
import onestop.center.CenterViews.HallView;
import onestop.web.items.PublicItems.Summary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The public item list ({@code items/index.xhtml}): by hall, by department or A–Z by pinyin,
 * filtered by hall, department and a text in the name or code; cancelled items only when asked
 * for. Everything comes from GET parameters, so the page needs no session.
 */
@Named
@RequestScoped
public class ItemBrowseView {
    /** The A–Z bar, with {@value PinyinIndex#OTHER} for names that start otherwise. */
    static final List<String> LETTERS = IntStream.rangeClosed('A', 'Z').mapToObj(c -> String.valueOf((char) c)).toList();

    @Inject
    private PublicCatalog catalog;

    @Inject
    private ItemsLocale locale;

    private String by;
    private String hall;
    private String department;
    private String text;
    private boolean cancelled;

    private CatalogTexts texts;
    private List<Summary> items = List.of();
    private List<Group> groups = List.of();
    private List<HallView> halls = List.of();
    private List<DepartmentView> departments = List.of();

    /** A section of the list: a hall, a department or a letter. */
    public record Group(String id, String title, List<Summary> items) {
    }

    /** A letter of the A–Z bar, and whether any item is listed under it. */
    public record Letter(String letter, boolean present) {
        /** The in-page link to the letter's section. */
        public String href() {
            return PinyinIndex.OTHER.equals(letter) ? "#letter-other" : "#letter-" + letter;
        }
    }

    /** A choice of the hall or department filter. */
    public record Option(String code, String name) {
    }

    public void load() {
        locale.stateless();
        texts = catalog.texts(locale.getLocale());
        halls = catalog.halls();
        departments = catalog.departments();
        LocalDate today = LocalDate.now();
        items = catalog.catalog().current(blankToNull(hall), blankToNull(department), blankToNull(text), cancelled)
                .stream().map(s -> PublicItems.summary(s, texts, today)).toList();
        groups = switch (getBy()) {
            case "department" -> byDepartment();
            case "az" -> byLetter();
            default -> byHall();
        };
    }

    private List<Group> byHall() {
        Map<String, List<Summary>> grouped = items.stream().sorted(byName())
                .collect(Collectors.groupingBy(s -> s.hall().code(), LinkedHashMap::new, Collectors.toList()));
        List<Group> result = new ArrayList<>();
        for (HallView h : halls) {
            List<Summary> list = grouped.remove(h.code());
            if (list != null) {
                result.add(new Group("hall-" + h.code(), texts.hall(h.code()), list));
            }
        }
        grouped.forEach((code, list) -> result.add(new Group("hall-" + code, texts.hall(code), list)));
        return result;
    }

    private List<Group> byDepartment() {
        Map<String, List<Summary>> grouped = items.stream().sorted(byName())
                .collect(Collectors.groupingBy(s -> s.department().code(), LinkedHashMap::new, Collectors.toList()));
        List<Group> result = new ArrayList<>();
        for (DepartmentView d : departments) {
            List<Summary> list = grouped.remove(d.code());
            if (list != null) {
                result.add(new Group("department-" + d.code(), texts.department(d.code()), list));
            }
        }
        grouped.forEach((code, list) -> result.add(new Group("department-" + code, texts.department(code), list)));
        return result;
    }

    private List<Group> byLetter() {
        Map<String, List<Summary>> grouped = items.stream().sorted(byName())
                .collect(Collectors.groupingBy(s -> PinyinIndex.letter(s.name()), java.util.TreeMap::new,
                        Collectors.toList()));
        List<Group> result = new ArrayList<>();
        grouped.forEach((letter, list) -> {
            if (!PinyinIndex.OTHER.equals(letter)) {
                result.add(new Group("letter-" + letter, letter, list));
            }
        });
        List<Summary> other = grouped.get(PinyinIndex.OTHER);
        if (other != null) {
            result.add(new Group("letter-other", PinyinIndex.OTHER, other));
        }
        return result;
    }

    /** Pinyin order of the names (Chinese index order), the code breaking ties. */
    private static Comparator<Summary> byName() {
        Map<String, String> keys = new java.util.HashMap<>();
        return Comparator.comparing((Summary s) -> keys.computeIfAbsent(s.name(), PinyinIndex::sortKey))
                .thenComparing(Summary::code);
    }

    public List<Letter> getLetters() {
        List<String> present = groups.stream().map(Group::title).toList();
        List<Letter> letters = new ArrayList<>(LETTERS.stream().map(l -> new Letter(l, present.contains(l))).toList());
        if (present.contains(PinyinIndex.OTHER)) {
            letters.add(new Letter(PinyinIndex.OTHER, true));
        }
        return letters;
    }

    public List<Option> getHallOptions() {
        return halls.stream().map(h -> new Option(h.code(), texts.hall(h.code()))).toList();
    }

    /** Departments that are active, or that still have items listed. */
    public List<Option> getDepartmentOptions() {
        return departments.stream().filter(d -> d.active() || d.code().equals(department))
                .map(d -> new Option(d.code(), texts.department(d.code()))).toList();
    }

    public String getHallName() {
        return hall == null || hall.isBlank() ? null : texts.hall(hall);
    }

    public String getDepartmentName() {
        return department == null || department.isBlank() ? null : texts.department(department);
    }

    public boolean isFiltered() {
        return !(blankToNull(hall) == null && blankToNull(department) == null && blankToNull(text) == null);
    }

    public List<Group> getGroups() {
        return groups;
    }

    public int getCount() {
        return items.size();
    }

    public String getBy() {
        return "department".equals(by) || "az".equals(by) ? by : "hall";
    }

    public void setBy(String by) {
        this.by = by;
    }

    public String getHall() {
        return hall;
    }

    public void setHall(String hall) {
        this.hall = hall;
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text == null ? null : text.strip();
    }

    public boolean isCancelled() {
        return cancelled;
    }

    public void setCancelled(boolean cancelled) {
        this.cancelled = cancelled;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
