package onestop.catalog;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ItemContentRulesTest {
    private final ItemContentRules rules = new ItemContentRules(Set.of("SCJ", "SWJ"), Set.of("LEGAL_ENTITY"));

    private List<String> keys(ItemContent c) {
        return rules.check(c).stream().map(ContentProblem::key).toList();
    }

    @Test
    @DisplayName("a complete item has no problem")
    void valid() {
        assertTrue(rules.check(CatalogFixtures.foodLicense("食品經營許可")).isEmpty());
    }

    @Test
    @DisplayName("a promised time limit longer than the statutory one is refused")
    void promisedWithinStatutory() {
        ItemContent c = CatalogFixtures.withPromised(CatalogFixtures.foodLicense("x"), 10, 12);

        assertTrue(keys(c).contains("catalog.promisedExceedsStatutory"));
    }

    @Test
    @DisplayName("a fee without legal basis is refused: no basis, no fee")
    void feeNeedsBasis() {
        ItemContent base = CatalogFixtures.foodLicense("x");
        ItemContent c = new ItemContent(base.name(), base.departmentCode(), base.hallCode(), base.type(), base.mode(),
                base.coDepartments(), base.statutoryDays(), base.promisedDays(), base.legalBasis(), base.online(),
                base.approvalContent(), base.procedure(), base.materials(),
                List.of(new FeeItem("F01", "工本費", new java.math.BigDecimal("5.00"), null, " ")),
                null, base.complaintChannels(), base.supervisingDepartment());

        assertEquals(List.of("catalog.feeWithoutBasis"), keys(c));
    }

    @Test
    @DisplayName("a joint item needs co-departments other than the lead, and every problem is reported at once")
    void jointAndSeveralProblems() {
        ItemContent base = CatalogFixtures.foodLicense("");
        ItemContent c = new ItemContent(base.name(), "XXX", base.hallCode(), base.type(), HandlingMode.JOINT,
                List.of(), base.statutoryDays(), base.promisedDays(), base.legalBasis(), base.online(),
                base.approvalContent(), base.procedure(), List.of(), base.fees(), null, base.complaintChannels(),
                base.supervisingDepartment());

        List<String> keys = keys(c);
        assertTrue(keys.containsAll(List.of("catalog.required", "catalog.departmentUnknown",
                "catalog.jointNeedsCoDepartments", "catalog.materialsRequired")), keys.toString());
    }

    @Test
    @DisplayName("procedure steps may not take longer than the promised time")
    void stepsWithinPromised() {
        ItemContent c = CatalogFixtures.withPromised(CatalogFixtures.foodLicense("x"), 20, 5);

        assertTrue(keys(c).contains("catalog.stepsExceedPromised"));
    }
}
