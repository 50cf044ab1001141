package onestop.catalog;

import java.io.Serializable;
import java.util.List;

/**
 * Everything a version of an item says: its identity in the center (department, hall), its legal
 * nature and handling, its time limits, and the seven disclosures (七公開): approval content,
 * procedure, materials, time limit, fees, preferential policy, supervision. Drafts are edited as
 * this record, imports are compared as it, and versions are diffed field by field on it.
 */
public record ItemContent(
        String name,
        String departmentCode,
        String hallCode,
        ItemType type,
        HandlingMode mode,
        List<String> coDepartments,
        int statutoryDays,
        int promisedDays,
        String legalBasis,
        boolean online,
        String approvalContent,
        List<ProcedureStep> procedure,
        List<RequiredMaterial> materials,
        List<FeeItem> fees,
        String preferentialPolicy,
        String complaintChannels,
        String supervisingDepartment) implements Serializable {

    public ItemContent {
        coDepartments = coDepartments == null ? List.of() : List.copyOf(coDepartments);
        procedure = procedure == null ? List.of() : List.copyOf(procedure);
        materials = materials == null ? List.of() : List.copyOf(materials);
        fees = fees == null ? List.of() : List.copyOf(fees);
    }
}
