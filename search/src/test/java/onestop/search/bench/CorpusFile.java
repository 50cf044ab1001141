package onestop.search.bench;

import onestop.search.Corpus;
import onestop.search.DocumentType;
import onestop.search.IndexedDocument;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The generated corpus written to a file once, before any clock runs, and read back while indexing,
 * so that the indexing threads are fed without pause, as a rebuild reading pages from the database
 * feeds them, and the reading is counted with the indexing. A corpus of 1,000,000 documents does
 * not fit in the benchmark's heap; generating it in chunks between timed phases left both indexing
 * threads waiting at every chunk for the slower one.
 */
final class CorpusFile implements Closeable {
    private static final int MAGIC = 0x0E5C_0001;

    private final DataInputStream in;
    private final int documents;
    private int read;

    private CorpusFile(Path file) throws IOException {
        in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
        if (in.readInt() != MAGIC) {
            in.close();
            throw new IOException(file + " is not a corpus file of this benchmark");
        }
        documents = in.readInt();
        in.readLong();
    }

    /**
     * Writes documents {@code 0 .. documents-1} of the corpus with this seed to the file, unless the
     * file already holds exactly that corpus.
     *
     * @return whether it had to be written
     */
    static boolean ensure(Path file, int documents, long seed, int chunk) throws IOException {
        if (Files.exists(file)) {
            try (DataInputStream in = new DataInputStream(Files.newInputStream(file))) {
                if (in.readInt() == MAGIC && in.readInt() == documents && in.readLong() == seed) {
                    return false;
                }
            } catch (EOFException e) {
                // too short: write it again
            }
        }
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16))) {
            out.writeInt(MAGIC);
            out.writeInt(documents);
            out.writeLong(seed);
            for (int from = 0; from < documents; from += chunk) {
                for (IndexedDocument d : Corpus.generate(from, Math.min(chunk, documents - from), seed)) {
                    write(out, d);
                }
            }
        }
        Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return true;
    }

    static CorpusFile open(Path file) throws IOException {
        return new CorpusFile(file);
    }

    int documents() {
        return documents;
    }

    /** Up to {@code max} next documents; none at the end. */
    List<IndexedDocument> next(int max) throws IOException {
        int n = Math.min(max, documents - read);
        IndexedDocument[] batch = new IndexedDocument[n];
        for (int i = 0; i < n; i++) {
            batch[i] = read(in);
        }
        read += n;
        return List.of(batch);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private static void write(DataOutputStream out, IndexedDocument d) throws IOException {
        string(out, d.id());
        out.writeByte(d.type().ordinal());
        string(out, d.number());
        string(out, d.item());
        out.writeShort(d.departments().size());
        for (String department : d.departments()) {
            string(out, department);
        }
        string(out, d.hall());
        string(out, d.status());
        string(out, d.applicantId());
        string(out, d.title());
        string(out, d.itemName());
        string(out, d.applicantName());
        string(out, d.body());
        out.writeLong(d.date().toEpochMilli());
        out.writeBoolean(d.visibleToPublic());
    }

    private static IndexedDocument read(DataInputStream in) throws IOException {
        String id = string(in);
        DocumentType type = DocumentType.values()[in.readByte()];
        String number = string(in);
        String item = string(in);
        int n = in.readShort();
        Set<String> departments = new HashSet<>();
        for (int i = 0; i < n; i++) {
            departments.add(string(in));
        }
        return new IndexedDocument(id, type, number, item, departments, string(in), string(in), string(in), string(in),
                string(in), string(in), string(in), Instant.ofEpochMilli(in.readLong()), in.readBoolean());
    }

    private static void string(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String string(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0) {
            return null;
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
