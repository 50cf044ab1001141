package onestop.documents.pdf;

/** Size in points, weight and alignment of a block of text. Lines are 1.5 × size apart. */
public record TextStyle(float size, boolean bold, Align align) {
    public enum Align { LEFT, CENTER, RIGHT }

    public static final TextStyle TITLE = new TextStyle(18, true, Align.CENTER);
    public static final TextStyle HEADING = new TextStyle(13, true, Align.LEFT);
    public static final TextStyle BODY = new TextStyle(11, false, Align.LEFT);
    public static final TextStyle SMALL = new TextStyle(9, false, Align.LEFT);

    public TextStyle {
        if (size < 4 || size > 72) {
            throw new IllegalArgumentException("font size out of range: " + size);
        }
        if (align == null) {
            throw new IllegalArgumentException("align is required");
        }
    }

    public TextStyle withSize(float newSize) {
        return new TextStyle(newSize, bold, align);
    }

    public TextStyle withBold(boolean newBold) {
        return new TextStyle(size, newBold, align);
    }

    public TextStyle withAlign(Align newAlign) {
        return new TextStyle(size, bold, newAlign);
    }

    public float leading() {
        return size * 1.5f;
    }
}
