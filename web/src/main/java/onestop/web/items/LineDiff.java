package onestop.web.items;

import java.util.ArrayList;
import java.util.List;

/**
 * Which lines of a field's old and new text differ, for showing two versions side by side:
 * the longest common subsequence of lines stays plain, the rest is marked removed (before) or
 * added (after). Fields are a few dozen lines at most, so the quadratic table is fine.
 */
public final class LineDiff {
    private LineDiff() {
    }

    /** A line of one side; {@code changed} when it is not on the other side. */
    public record Line(String text, boolean changed) {
    }

    /** The two sides, line by line. */
    public record Sides(List<Line> before, List<Line> after) {
    }

    public static Sides of(String before, String after) {
        String[] a = lines(before);
        String[] b = lines(after);
        int[][] lcs = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                lcs[i][j] = a[i].equals(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Line> left = new ArrayList<>();
        List<Line> right = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            if (i < a.length && j < b.length && a[i].equals(b[j])) {
                left.add(new Line(a[i++], false));
                right.add(new Line(b[j++], false));
            } else if (j < b.length && (i == a.length || lcs[i][j + 1] >= lcs[i + 1][j])) {
                right.add(new Line(b[j++], true));
            } else {
                left.add(new Line(a[i++], true));
            }
        }
        return new Sides(left, right);
    }

    private static String[] lines(String text) {
        return text == null || text.isEmpty() ? new String[0] : text.split("\n", -1);
    }
}
