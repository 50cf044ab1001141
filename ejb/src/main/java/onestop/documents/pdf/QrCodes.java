package onestop.documents.pdf;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

import java.io.IOException;
import java.util.Map;

/** QR codes (ZXing) drawn as filled squares: sharp at any zoom and a few hundred bytes. */
final class QrCodes {
    private QrCodes() {
    }

    /** The modules of a QR code with its quiet zone of 2 modules, error correction M, UTF-8. */
    static BitMatrix encode(String content) {
        try {
            return new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                            EncodeHintType.CHARACTER_SET, "UTF-8", EncodeHintType.MARGIN, 2));
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode a QR code of " + content.length() + " characters", e);
        }
    }

    /** Draws the code in black, its lower-left corner at (x, y), {@code size} points square. */
    static void draw(PDPageContentStream stream, String content, float x, float y, float size) throws IOException {
        BitMatrix matrix = encode(content);
        float module = size / matrix.getWidth();
        stream.saveGraphicsState();
        stream.setNonStrokingColor(0f, 0f, 0f);
        for (int row = 0; row < matrix.getHeight(); row++) {
            int col = 0;
            while (col < matrix.getWidth()) {
                if (!matrix.get(col, row)) {
                    col++;
                    continue;
                }
                int start = col;
                while (col < matrix.getWidth() && matrix.get(col, row)) {
                    col++;
                }
                // one rectangle per run of dark modules; a hair wider so no seam shows when rendered
                stream.addRect(x + start * module, y + size - (row + 1) * module, (col - start) * module + 0.01f,
                        module + 0.01f);
            }
        }
        stream.fill();
        stream.restoreGraphicsState();
    }
}
