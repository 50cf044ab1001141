package onestop.export;

import java.io.Serializable;
import java.time.Instant;

/** An export as its requester sees it while it is made and after. */
public record ExportJobView(long id, ExportKind kind, String parameter, String requestedBy, Instant requestedAt,
                            ExportJob.Status status, int progress, String sha256, String fileName, String contentType,
                            Long sizeBytes, String errorKey, String errorArg, Instant finishedAt) implements Serializable {
    static ExportJobView of(ExportJob j) {
        return new ExportJobView(j.getId(), j.getKind(), j.getParameter(), j.getRequestedBy(), j.getRequestedAt(),
                j.getStatus(), j.getProgress(), j.getSha256(), j.getFileName(), j.getContentType(), j.getSizeBytes(),
                j.getErrorKey(), j.getErrorArg(), j.getFinishedAt());
    }
}
