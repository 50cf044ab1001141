package onestop.seal;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The picture of a seal: drawn by the system as a red round seal (a ring, a five-pointed star in
 * the middle, the department's name along the upper arc and "行政許可專用章" straight below the
 * star, as the official seals are cut), or an uploaded PNG, checked and normalised. Both end as a
 * square PNG of {@value #SIZE} pixels with a transparent background.
 */
public final class SealImage {
    /** Pixels of a side of the stored image (about 220 dpi at the seal's 42 mm). */
    public static final int SIZE = 360;
    /** The red of seal ink, slightly transparent so the text under the seal stays readable. */
    static final Color INK = new Color(214, 0, 28, 225);
    /** The largest upload accepted, in bytes and in pixels per side. */
    public static final int MAX_UPLOAD_BYTES = 2 * 1024 * 1024;
    public static final int MAX_UPLOAD_SIDE = 4000;
    private static final String[] SUFFIXES = {"行政許可專用章", "行政许可专用章"};
    private static final String FONT_BOLD = "/onestop/fonts/NotoSansTC-Bold.ttf";
    private static final String FONT_BOLD_SC = "/onestop/fonts/NotoSansSC-Bold.ttf";

    private static volatile List<Font> fonts;

    private SealImage() {
    }

    /** Draws the seal for its text (e.g. 大慶市建設局行政許可專用章) as a PNG. */
    public static byte[] draw(String sealText) {
        return png(render(sealText, SIZE));
    }

    static BufferedImage render(String sealText, int size) {
        String text = sealText == null ? "" : sealText.strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("a seal needs its text");
        }
        String arc = text;
        String bottom = null;
        for (String suffix : SUFFIXES) {
            if (text.endsWith(suffix) && text.length() > suffix.length()) {
                arc = text.substring(0, text.length() - suffix.length());
                bottom = suffix;
            }
        }
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setColor(INK);
            double c = size / 2.0;
            double ring = size * 0.035;
            double outer = c - ring / 2 - 1;
            g.setStroke(new BasicStroke((float) ring));
            g.draw(new java.awt.geom.Ellipse2D.Double(c - outer, c - outer, 2 * outer, 2 * outer));
            g.fill(star(c, c, size * 0.16));
            drawArc(g, arc, c, outer - ring / 2, size);
            if (bottom != null) {
                drawStraight(g, bottom, c, c + size * 0.30, size * 0.60, size * 0.085);
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    /** The text along the upper arc, each character upright towards the centre, clockwise. */
    private static void drawArc(Graphics2D g, String text, double c, double inner, int size) {
        int[] chars = text.codePoints().toArray();
        int n = chars.length;
        double span = Math.toRadians(Math.min(270, Math.max(120, n * 22)));
        double fontSize = size * 0.115;
        double radius = inner - fontSize * 0.62;
        if (n > 1) {
            double step = span / (n - 1);
            fontSize = Math.min(fontSize, radius * step / 0.98);
            radius = inner - fontSize * 0.62;
        }
        for (int i = 0; i < n; i++) {
            double angle = n == 1 ? 0 : -span / 2 + i * span / (n - 1);
            AffineTransform saved = g.getTransform();
            g.translate(c, c);
            g.rotate(angle);
            drawCentred(g, chars[i], 0, -radius, fontSize, 1.0);
            g.setTransform(saved);
        }
    }

    private static void drawStraight(Graphics2D g, String text, double centreX, double centreY, double width,
                                     double fontSize) {
        int[] chars = text.codePoints().toArray();
        double size = Math.min(fontSize, width / chars.length);
        double start = centreX - size * chars.length / 2 + size / 2;
        for (int i = 0; i < chars.length; i++) {
            drawCentred(g, chars[i], start + i * size, centreY, size, 0.9);
        }
    }

    /** Draws one character with its box centred on (x, y); {@code squeeze} narrows it as seal cutters do. */
    private static void drawCentred(Graphics2D g, int codePoint, double x, double y, double fontSize, double squeeze) {
        Font font = fontFor(codePoint).deriveFont((float) fontSize);
        FontRenderContext frc = g.getFontRenderContext();
        GlyphVector glyphs = font.createGlyphVector(frc, Character.toChars(codePoint));
        Rectangle2D box = glyphs.getVisualBounds();
        AffineTransform t = new AffineTransform();
        t.translate(x, y);
        t.scale(squeeze, 1.25);
        t.translate(-box.getCenterX(), -box.getCenterY());
        g.fill(t.createTransformedShape(glyphs.getOutline()));
    }

    private static Path2D star(double cx, double cy, double radius) {
        Path2D path = new Path2D.Double();
        double inner = radius * 0.382;
        for (int i = 0; i < 10; i++) {
            double r = i % 2 == 0 ? radius : inner;
            double a = -Math.PI / 2 + i * Math.PI / 5;
            double x = cx + r * Math.cos(a);
            double y = cy + r * Math.sin(a);
            if (i == 0) {
                path.moveTo(x, y);
            } else {
                path.lineTo(x, y);
            }
        }
        path.closePath();
        return path;
    }

    private static Font fontFor(int codePoint) {
        for (Font font : fonts()) {
            if (font.canDisplay(codePoint)) {
                return font;
            }
        }
        return new Font(Font.SERIF, Font.BOLD, 12);
    }

    private static List<Font> fonts() {
        List<Font> result = fonts;
        if (result == null) {
            synchronized (SealImage.class) {
                result = fonts;
                if (result == null) {
                    result = new ArrayList<>();
                    for (String resource : List.of(FONT_BOLD, FONT_BOLD_SC)) {
                        try (InputStream in = SealImage.class.getResourceAsStream(resource)) {
                            if (in != null) {
                                result.add(Font.createFont(Font.TRUETYPE_FONT, in));
                            }
                        } catch (IOException | FontFormatException e) {
                            System.getLogger(SealImage.class.getName()).log(System.Logger.Level.WARNING,
                                    "cannot read the seal font " + resource, e);
                        }
                    }
                    result = List.copyOf(result);
                    fonts = result;
                }
            }
        }
        return result;
    }

    /**
     * Checks an uploaded seal picture and returns it normalised: a PNG (judged by its content),
     * at most {@value #MAX_UPLOAD_BYTES} bytes and {@value #MAX_UPLOAD_SIDE} pixels a side (read
     * from the header before decoding, so a decompression bomb is refused unread), scaled into a
     * transparent square of {@value #SIZE} pixels.
     *
     * @throws SealException {@code seal.imageInvalid} otherwise
     */
    public static byte[] normalise(byte[] upload) {
        if (upload == null || upload.length > MAX_UPLOAD_BYTES
                || !onestop.documents.ContentTypes.PNG.equals(onestop.documents.ContentTypes.detect(upload))) {
            throw new SealException("seal.imageInvalid", MAX_UPLOAD_BYTES / 1024 / 1024);
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new SealException("seal.imageInvalid", MAX_UPLOAD_BYTES / 1024 / 1024);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                if (reader.getWidth(0) > MAX_UPLOAD_SIDE || reader.getHeight(0) > MAX_UPLOAD_SIDE) {
                    throw new SealException("seal.imageInvalid", MAX_UPLOAD_BYTES / 1024 / 1024);
                }
                BufferedImage source = reader.read(0);
                BufferedImage square = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_ARGB);
                Graphics2D g = square.createGraphics();
                try {
                    g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
                    g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
                    double scale = Math.min((double) SIZE / source.getWidth(), (double) SIZE / source.getHeight());
                    int w = (int) Math.round(source.getWidth() * scale);
                    int h = (int) Math.round(source.getHeight() * scale);
                    g.drawImage(source, (SIZE - w) / 2, (SIZE - h) / 2, w, h, null);
                } finally {
                    g.dispose();
                }
                return png(square);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof SealException seal) {
                throw seal;
            }
            throw new SealException("seal.imageInvalid", MAX_UPLOAD_BYTES / 1024 / 1024);
        }
    }

    static BufferedImage read(byte[] png) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            if (image == null) {
                throw new IllegalArgumentException("not an image");
            }
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] png(BufferedImage image) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
