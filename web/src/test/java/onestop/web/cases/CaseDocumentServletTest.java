package onestop.web.cases;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CaseDocumentServletTest {
    @Test
    @DisplayName("a notice's ASCII name is sent as it is, inline")
    void asciiName() {
        assertEquals("inline; filename=\"SCJ-2026-000001-acceptance-notice.pdf\"; filename*=UTF-8''SCJ-2026-000001-acceptance-notice.pdf",
                CaseDocumentServlet.disposition(true, "SCJ-2026-000001-acceptance-notice.pdf"));
    }

    @Test
    @DisplayName("a scan named by the public with quotes, a line break and Chinese gets an ASCII stand-in and the percent-encoded name")
    void hostileName() {
        assertEquals("attachment; filename=\"___x.pdf__Set-Cookie__a_1_.pdf\"; filename*=UTF-8''%E7%87%9F%E6%A5%AD%22x.pdf%0D%0ASet-Cookie%3A%20a%3D1%3B.pdf",
                CaseDocumentServlet.disposition(false, "營業\"x.pdf\r\nSet-Cookie: a=1;.pdf"));
    }
}
