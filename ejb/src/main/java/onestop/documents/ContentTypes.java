package onestop.documents;

/**
 * Tells a file's type by its first bytes, never by its name: PDF, PNG, JPEG, the ZIP container
 * of Office Open XML (DOCX, XLSX) and the OLE container of older Office files (DOC, XLS).
 */
public final class ContentTypes {
    public static final String PDF = "application/pdf";
    public static final String PNG = "image/png";
    public static final String JPEG = "image/jpeg";
    public static final String OOXML = "application/vnd.openxmlformats-officedocument";
    public static final String OLE = "application/x-ole-storage";

    private ContentTypes() {
    }

    /** The detected type, or null when the content is none of the known kinds. */
    public static String detect(byte[] b) {
        if (b == null || b.length < 8) {
            return null;
        }
        if (b[0] == '%' && b[1] == 'P' && b[2] == 'D' && b[3] == 'F' && b[4] == '-') {
            return PDF;
        }
        if ((b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return PNG;
        }
        if ((b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8 && (b[2] & 0xff) == 0xFF) {
            return JPEG;
        }
        if (b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4) {
            return OOXML;
        }
        if ((b[0] & 0xff) == 0xD0 && (b[1] & 0xff) == 0xCF && (b[2] & 0xff) == 0x11 && (b[3] & 0xff) == 0xE0) {
            return OLE;
        }
        return null;
    }
}
