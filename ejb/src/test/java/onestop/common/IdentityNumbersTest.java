package onestop.common;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IdentityNumbersTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    @ParameterizedTest
    @ValueSource(strings = {"11010519491231002X", "11010519491231002x", "440524188001010014", "110101199003074258",
            " 110101 1990 0307 4258 "})
    void validResidentIdsPass(String id) {
        assertTrue(IdentityNumbers.isResidentId(id, TODAY), id);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "110105194912310021", // wrong check character (X expected)
            "320102198001010012", // wrong check character (6 expected)
            "110101199002304258", // 30 February
            "110101203001014253", // born in the future
            "01010519491231002X", // region cannot start with 0
            "11010519491231002",  // 17 characters
            "1101051949123100XX", // letter inside
            ""})
    void invalidResidentIdsFail(String id) {
        assertFalse(IdentityNumbers.isResidentId(id, TODAY), id);
    }

    @Test
    void residentIdCheckCharacterIsMod11() {
        assertEquals('X', IdentityNumbers.residentIdCheck("11010519491231002"));
        assertEquals('8', IdentityNumbers.residentIdCheck("11010119900307425"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y43", "91110000600037341L", "91110000600037341l"})
    void validCreditCodesPass(String code) {
        assertTrue(IdentityNumbers.isCreditCode(code), code);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "91350100M000100Y44", // wrong check character
            "911100001000011860", // wrong check character (H expected)
            "91350100M000100I43", // I is not in the GB 32100 alphabet
            "91350100M000100Y4",  // 17 characters
            "91350100M000100Y43X"})
    void invalidCreditCodesFail(String code) {
        assertFalse(IdentityNumbers.isCreditCode(code), code);
    }

    @Test
    void masksTheBirthDateOfAnIdNumber() {
        assertEquals("110105********002X", IdentityNumbers.maskResidentId("11010519491231002X"));
    }
}
