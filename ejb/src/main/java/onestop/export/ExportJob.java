package onestop.export;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** One export, requested by one person, made in the background; the file goes to the document store. */
@Entity
@Table(name = "export_job")
@NamedQuery(name = "ExportJob.mine",
        query = "select j from ExportJob j where j.requestedBy = :login order by j.requestedAt desc, j.id desc")
@NamedQuery(name = "ExportJob.running",
        query = "select count(j) from ExportJob j where j.requestedBy = :login and j.status in"
                + " (onestop.export.ExportJob.Status.QUEUED, onestop.export.ExportJob.Status.RUNNING) and j.requestedAt > :since")
public class ExportJob {
    public enum Status { QUEUED, RUNNING, DONE, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30, updatable = false)
    private ExportKind kind;

    @Column(nullable = false, length = 100, updatable = false)
    private String parameter;

    @Column(name = "requested_by", nullable = false, length = 60, updatable = false)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status = Status.QUEUED;

    @Column(nullable = false)
    private int progress;

    @Column(length = 64)
    private String sha256;

    @Column(name = "file_name", length = 200)
    private String fileName;

    @Column(name = "content_type", length = 100)
    private String contentType;

    @Column(name = "size_bytes")
    private Long sizeBytes;

    @Column(name = "error_key", length = 100)
    private String errorKey;

    @Column(name = "error_arg", length = 200)
    private String errorArg;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Version
    private long version;

    protected ExportJob() {
    }

    ExportJob(ExportKind kind, String parameter, String requestedBy, Instant requestedAt) {
        this.kind = kind;
        this.parameter = parameter;
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
    }

    void running(int percent) {
        this.status = Status.RUNNING;
        this.progress = Math.max(0, Math.min(99, percent));
    }

    void done(String sha256, String fileName, String contentType, long size, Instant at) {
        this.status = Status.DONE;
        this.progress = 100;
        this.sha256 = sha256;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = size;
        this.finishedAt = at;
    }

    void failed(String key, String arg, Instant at) {
        this.status = Status.FAILED;
        this.errorKey = key;
        this.errorArg = arg == null ? null : (arg.length() > 200 ? arg.substring(0, 200) : arg);
        this.finishedAt = at;
    }

    public Long getId() { return id; }
    public ExportKind getKind() { return kind; }
    public String getParameter() { return parameter; }
    public String getRequestedBy() { return requestedBy; }
    public Instant getRequestedAt() { return requestedAt; }
    public Status getStatus() { return status; }
    public int getProgress() { return progress; }
    public String getSha256() { return sha256; }
    public String getFileName() { return fileName; }
    public String getContentType() { return contentType; }
    public Long getSizeBytes() { return sizeBytes; }
    public String getErrorKey() { return errorKey; }
    public String getErrorArg() { return errorArg; }
    public Instant getFinishedAt() { return finishedAt; }
}
