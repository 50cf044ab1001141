package onestop.seal;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.Deflater;

/**
 * A seal picture ready to go into PDFs: its colour and alpha planes compressed once (Flate), so
 * that each sealed document only copies bytes instead of re-encoding the PNG (which costs 15–25 ms
 * a document, measured in ../shared/docs/notes/pdf.md). Immutable and shared between threads.
 */
public final class SealAppearance {
    private final int width;
    private final int height;
    private final byte[] rgb;
    private final byte[] alpha;

    private SealAppearance(int width, int height, byte[] rgb, byte[] alpha) {
        this.width = width;
        this.height = height;
        this.rgb = rgb;
        this.alpha = alpha;
    }

    /** From a PNG with transparency, e.g. {@link SealImage#draw}. */
    public static SealAppearance of(byte[] png) {
        BufferedImage image = SealImage.read(png);
        int w = image.getWidth();
        int h = image.getHeight();
        byte[] colour = new byte[w * h * 3];
        byte[] opacity = new byte[w * h];
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            image.getRGB(0, y, w, 1, row, 0, w);
            for (int x = 0; x < w; x++) {
                int argb = row[x];
                int i = y * w + x;
                colour[i * 3] = (byte) (argb >> 16);
                colour[i * 3 + 1] = (byte) (argb >> 8);
                colour[i * 3 + 2] = (byte) argb;
                opacity[i] = (byte) (argb >>> 24);
            }
        }
        return new SealAppearance(w, h, deflate(colour), deflate(opacity));
    }

    /** A new image XObject (with its soft mask) in the document. */
    PDImageXObject toImage(PDDocument document) throws IOException {
        PDImageXObject image = new PDImageXObject(document, new ByteArrayInputStream(rgb), COSName.FLATE_DECODE,
                width, height, 8, PDDeviceRGB.INSTANCE);
        PDImageXObject mask = new PDImageXObject(document, new ByteArrayInputStream(alpha), COSName.FLATE_DECODE,
                width, height, 8, PDDeviceGray.INSTANCE);
        image.getCOSObject().setItem(COSName.SMASK, mask);
        return image;
    }

    private static byte[] deflate(byte[] data) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        try {
            deflater.setInput(data);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 8 + 64);
            byte[] buffer = new byte[16384];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }
}
