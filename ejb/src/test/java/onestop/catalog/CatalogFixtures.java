package onestop.catalog;

import onestop.security.Role;

import java.math.BigDecimal;
import java.util.List;

/** A complete, valid item content to start tests from. */
public final class CatalogFixtures {
    private CatalogFixtures() {
    }

    public static ItemContent foodLicense(String name) {
        return new ItemContent(name, "SCJ", "LEGAL_ENTITY", ItemType.ADMINISTRATIVE_LICENSE, HandlingMode.PROMISED,
                List.of(), 20, 10, "《中華人民共和國食品安全法》第三十五條", true,
                "從事食品銷售和餐飲服務活動，應當依法取得食品經營許可。",
                List.of(new ProcedureStep("受理", Role.CLERK, 1), new ProcedureStep("審查", Role.CHIEF_REPRESENTATIVE, 7),
                        new ProcedureStep("決定與發證", Role.CHIEF_REPRESENTATIVE, 2)),
                List.of(new RequiredMaterial("食品經營許可申請書", MaterialForm.ORIGINAL, 1, true, MaterialLevel.A, null, null, null),
                        new RequiredMaterial("營業執照", MaterialForm.COPY, 1, true, MaterialLevel.B, "核對原件", null, null)),
                List.of(new FeeItem("F01", "證照工本費", new BigDecimal("10.00"), null, "《關於證照工本費標準的通知》")),
                null, "中心投訴電話 0459-12345", "市行政服務中心電子監察室");
    }

    public static ItemContent withPromised(ItemContent c, int statutory, int promised) {
        return new ItemContent(c.name(), c.departmentCode(), c.hallCode(), c.type(), c.mode(), c.coDepartments(),
                statutory, promised, c.legalBasis(), c.online(), c.approvalContent(), c.procedure(), c.materials(),
                c.fees(), c.preferentialPolicy(), c.complaintChannels(), c.supervisingDepartment());
    }

    public static ItemContent renamed(ItemContent c, String name) {
        return new ItemContent(name, c.departmentCode(), c.hallCode(), c.type(), c.mode(), c.coDepartments(),
                c.statutoryDays(), c.promisedDays(), c.legalBasis(), c.online(), c.approvalContent(), c.procedure(),
                c.materials(), c.fees(), c.preferentialPolicy(), c.complaintChannels(), c.supervisingDepartment());
    }
}
