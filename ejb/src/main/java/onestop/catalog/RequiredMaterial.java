package onestop.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.io.Serializable;

/**
 * A material the applicant hands in (申報材料): original or copy, how many copies, whether it is
 * required, its level, notes, and optionally a blank form or sample in the document store.
 */
@Embeddable
public record RequiredMaterial(
        @Column(name = "name", nullable = false, length = 300) String name,
        @Enumerated(EnumType.STRING) @Column(name = "form", nullable = false, length = 20) MaterialForm form,
        @Column(name = "copies", nullable = false) int copies,
        @Column(name = "required", nullable = false) boolean required,
        @Enumerated(EnumType.STRING) @Column(name = "level", nullable = false, length = 1) MaterialLevel level,
        @Column(name = "notes", length = 1000) String notes,
        @Column(name = "sample_sha256", length = 64) String sampleSha256,
        @Column(name = "sample_file_name", length = 200) String sampleFileName) implements Serializable {

    public RequiredMaterial withSample(String sha256, String fileName) {
        return new RequiredMaterial(name, form, copies, required, level, notes, sha256, fileName);
    }
}
