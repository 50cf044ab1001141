package onestop.casework;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ApplicantTest {
    @Test
    void publicNameOfAPersonIsMasked() {
        assertEquals("張*明", new Applicant(CaseEnums.ApplicantKind.PERSON, "張曉明", "x", null, null).publicName());
        assertEquals("李*", new Applicant(CaseEnums.ApplicantKind.PERSON, "李四", "x", null, null).publicName());
        assertEquals("歐**華", new Applicant(CaseEnums.ApplicantKind.PERSON, "歐陽振華", "x", null, null).publicName());
        assertEquals("大慶市某某有限公司",
                new Applicant(CaseEnums.ApplicantKind.ENTITY, "大慶市某某有限公司", "x", null, null).publicName());
    }
}
