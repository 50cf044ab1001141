package onestop.web.items;

import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

import java.util.Locale;

/**
 * Sorts item names the way a Chinese index does, A to Z by the pinyin of each character.
 * pinyin4j reads Traditional and Simplified characters alike (經 jing, 營 ying); a character with
 * several readings takes its first, which is the common one in official names (行 xing as in
 * 行政). Letters and digits sort as themselves.
 */
public final class PinyinIndex {
    /** The section for names that start with neither a Han character nor a Latin letter. */
    public static final String OTHER = "#";

    private static final HanyuPinyinOutputFormat FORMAT = new HanyuPinyinOutputFormat();

    static {
        FORMAT.setToneType(HanyuPinyinToneType.WITH_TONE_NUMBER);
        FORMAT.setVCharType(HanyuPinyinVCharType.WITH_V);
        FORMAT.setCaseType(HanyuPinyinCaseType.LOWERCASE);
    }

    private PinyinIndex() {
    }

    /** A key that orders names by pinyin syllable, then tone, then the characters themselves. */
    public static String sortKey(String name) {
        StringBuilder key = new StringBuilder();
        if (name == null) {
            return "";
        }
        name.codePoints().forEach(cp -> {
            String syllable = syllable(cp);
            if (syllable != null) {
                key.append(syllable);
            } else {
                key.append(new String(Character.toChars(cp)).toLowerCase(Locale.ROOT));
            }
            key.append(' ');
        });
        return key.append('\u0000').append(name).toString();
    }

    /** The index letter of a name: A–Z by the first character's pinyin, else {@value #OTHER}. */
    public static String letter(String name) {
        if (name == null || name.isBlank()) {
            return OTHER;
        }
        int first = name.strip().codePointAt(0);
        String syllable = syllable(first);
        char c = syllable != null ? syllable.charAt(0) : Character.toLowerCase((char) (first < 0x10000 ? first : 0));
        return c >= 'a' && c <= 'z' ? String.valueOf(Character.toUpperCase(c)) : OTHER;
    }

    /** The first reading with its tone number (jing1), or null when the code point is not Han. */
    static String syllable(int cp) {
        if (cp >= 0x10000 || Character.UnicodeScript.of(cp) != Character.UnicodeScript.HAN) {
            return null;
        }
        try {
            String[] readings = PinyinHelper.toHanyuPinyinStringArray((char) cp, FORMAT);
            return readings == null || readings.length == 0 ? null : readings[0];
        } catch (BadHanyuPinyinOutputFormatCombination e) {
            throw new IllegalStateException(e);
        }
    }
}
