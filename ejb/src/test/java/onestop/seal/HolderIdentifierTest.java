package onestop.seal;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HolderIdentifierTest {
    @Test
    @DisplayName("credit codes and resident ID numbers are accepted only with their right check character")
    void checkCharacters() {
        assertTrue(HolderIdentifier.isCreditCode("91350100M000100Y43"));
        assertTrue(HolderIdentifier.isCreditCode("91230600MA1B2C3D43"));
        assertFalse(HolderIdentifier.isCreditCode("91230600MA1B2C3D4X"));
        assertFalse(HolderIdentifier.isCreditCode("91230600MA1B2C3DI3"), "I is not in the alphabet");
        assertTrue(HolderIdentifier.isResidentId("11010519491231002X"));
        assertTrue(HolderIdentifier.isResidentId("440524188001010014"));
        assertFalse(HolderIdentifier.isResidentId("110105194912310021"));
        assertFalse(HolderIdentifier.isValid("12345"));
        assertFalse(HolderIdentifier.isValid(null));
    }
}
