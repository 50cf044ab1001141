package onestop.casework;

import onestop.catalog.HandlingMode;
import onestop.catalog.ItemType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LicenseTermsTest {
    @ParameterizedTest(name = "{0} → {1}")
    @DisplayName("a license is titled after the certificate its item names, else 行政許可證")
    @CsvSource({
            "藥品經營許可證（零售）核發, 藥品經營許可證",
            "建築工程施工許可證核發, 建築工程施工許可證",
            "食品經營許可, 食品經營許可證",
            "民辦學校辦學許可（設立）, 民辦學校辦學許可證",
            "食品经营许可, 食品经营许可证",
            "企業設立登記（企業開辦一件事：營業執照、公章刻製、發票申領）, 行政許可證",
            "建築業企業資質核准, 行政許可證"})
    void title(String itemName, String title) {
        assertEquals(title, LicenseTerms.title(itemName));
    }

    @ParameterizedTest(name = "{0} {1} → {2}")
    @DisplayName("an approved 行政許可 the department decides itself yields a license; reported, controlled and other items do not")
    @CsvSource({
            "ADMINISTRATIVE_LICENSE, PROMISED, true",
            "ADMINISTRATIVE_LICENSE, IMMEDIATE, true",
            "ADMINISTRATIVE_LICENSE, JOINT, true",
            "ADMINISTRATIVE_LICENSE, REPORTED, false",
            "ADMINISTRATIVE_LICENSE, CONTROLLED, false",
            "ADMINISTRATIVE_CONFIRMATION, IMMEDIATE, false",
            "PUBLIC_SERVICE, PROMISED, false"})
    void yields(ItemType type, HandlingMode mode, boolean yields) {
        assertEquals(yields, LicenseTerms.yieldsLicense(type, mode));
    }

    @ParameterizedTest(name = "[{1}] → {2}")
    @DisplayName("the scope is what the decision permits, else the item's name")
    @CsvSource(value = {"食品經營許可|預包裝食品銷售|預包裝食品銷售", "食品經營許可|'  '|食品經營許可", "食品經營許可||食品經營許可"},
            delimiter = '|')
    void scope(String itemName, String decided, String scope) {
        assertEquals(scope, LicenseTerms.scope(itemName, decided));
    }
}
