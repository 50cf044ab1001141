package onestop.seal;

import onestop.documents.pdf.FontLibrary;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/**
 * The seal benchmark (docs/BENCHMARKS.md): in one JVM, without the server, the time to issue a
 * sealed one-page license (lay it out, seal it, sign it, timestamp it), to verify it, and to sign
 * the same document with a bare PDFBox program (invisible signature, plain CMS, no timestamp, no
 * DocMDP), single-threaded and with two threads. Not a test: run it with
 * {@code java -cp … onestop.seal.SealBenchmark [rounds]}.
 */
public final class SealBenchmark {
    private SealBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        TestAuthority authority = new TestAuthority("大慶市行政服務中心");
        SealKey key = authority.seal(SealAlgorithm.ECDSA_P256);
        SealAppearance appearance = SealAppearance.of(SealImage.draw(TestAuthority.SEAL_TEXT));
        FontLibrary.shared();
        LicenseRequest request = new LicenseRequest("ZJJ", "ZJJ-XK-001", "SL20261128001", "大慶建工集團有限公司",
                "91230600MA1B2C3D43", "房屋建築工程施工總承包二級", LocalDate.of(2026, 11, 28), LocalDate.of(2031, 11, 27),
                "建築業企業資質證書");
        LicensePdf.Layout sample = LicensePdf.build("ZJJ-2026-000001", request, TestAuthority.DEPARTMENT, "大慶市行政服務中心",
                LocalDate.of(2026, 11, 28));
        byte[] sealedSample = seal(sample, key, appearance, authority);

        IntFunction<Object> issue = i -> seal(LicensePdf.build(String.format(Locale.ROOT, "ZJJ-2026-%06d", i), request,
                TestAuthority.DEPARTMENT, "大慶市行政服務中心", LocalDate.of(2026, 11, 28)), key, appearance, authority);
        IntFunction<Object> layoutOnly = i -> LicensePdf.build(String.format(Locale.ROOT, "ZJJ-2026-%06d", i), request,
                TestAuthority.DEPARTMENT, "大慶市行政服務中心", LocalDate.of(2026, 11, 28));
        IntFunction<Object> sealOnly = i -> seal(sample, key, appearance, authority);
        IntFunction<Object> bare = i -> bareSign(sample.pdf(), key);
        IntFunction<Object> verify = i -> {
            SignatureReport report = PadesVerifier.verify(sealedSample, authority.rootCertificate());
            if (!report.intact()) {
                throw new IllegalStateException(report.problems().toString());
            }
            return report;
        };

        System.out.printf("JVM %s, %d cores, %d rounds after %d warm-up%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), rounds, rounds / 2);
        System.out.printf("sealed license: %d bytes (unsealed %d)%n", sealedSample.length, sample.pdf().length);
        double bareMedian = 0;
        double sealMedian = 0;
        for (Object[] step : new Object[][] {{"issue (layout+seal+sign+timestamp)", issue}, {"  layout only", layoutOnly},
                {"  seal+sign+timestamp only", sealOnly}, {"bare PDFBox signing, same document", bare}, {"verify", verify}}) {
            @SuppressWarnings("unchecked")
            IntFunction<Object> work = (IntFunction<Object>) step[1];
            run(work, rounds / 2, 1);
            double[] ms = run(work, rounds, 1);
            print((String) step[0], ms, 1);
            if (step[0].equals("bare PDFBox signing, same document")) {
                bareMedian = percentile(ms, 50);
            }
            if (step[0].equals("  seal+sign+timestamp only")) {
                sealMedian = percentile(ms, 50);
            }
        }
        System.out.printf("ratio sealing / bare PDFBox signing (medians): %.2f%n", sealMedian / bareMedian);
        double[] two = run(issue, rounds, 2);
        print("issue, 2 threads", two, 2);
        double[] twoVerify = run(verify, rounds, 2);
        print("verify, 2 threads", twoVerify, 2);
    }

    private static byte[] seal(LicensePdf.Layout layout, SealKey key, SealAppearance appearance, TestAuthority authority) {
        try {
            return PadesSigner.sign(layout.pdf(), key, appearance, layout.placement(), authority.timestamps,
                    new PadesSigner.Details(TestAuthority.SEAL_TEXT, "LICENSE", "大慶市行政服務中心", java.time.Instant.now(),
                            java.util.Map.of(PadesVerifier.INFO_LICENSE, "ZJJ-2026-000001"))).pdf();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What a minimal PDFBox signing program does: invisible signature, plain detached CMS, incremental save. */
    private static byte[] bareSign(byte[] pdf, SealKey key) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            signature.setSignDate(Calendar.getInstance());
            document.addSignature(signature, content -> {
                try {
                    CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
                    // the same digests and signature provider as ours, so the ratio compares the work, not the providers
                    generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(Crypto.DIGESTS)
                            .build(new JcaContentSignerBuilder("SHA256withECDSA").setProvider(Crypto.BC).build(key.key()),
                                    key.certificate()));
                    generator.addCertificates(new JcaCertStore(List.of(key.certificate())));
                    return generator.generate(new CMSProcessableByteArray(content.readAllBytes()), false).getEncoded();
                } catch (Exception e) {
                    throw new IOException(e);
                }
            });
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.saveIncremental(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static double[] run(IntFunction<Object> work, int rounds, int threads) throws Exception {
        double[] ms = new double[rounds];
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long start = System.nanoTime();
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int offset = t;
                futures.add(pool.submit(() -> {
                    for (int i = offset; i < rounds; i += threads) {
                        long begin = System.nanoTime();
                        work.apply(i);
                        ms[i] = (System.nanoTime() - begin) / 1e6;
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            double[] withRate = Arrays.copyOf(ms, rounds + 1);
            withRate[rounds] = rounds / seconds;
            return withRate;
        } finally {
            pool.shutdown();
        }
    }

    private static void print(String name, double[] withRate, int threads) {
        double[] ms = Arrays.copyOf(withRate, withRate.length - 1);
        System.out.printf(Locale.ROOT, "%-40s threads %d  p50 %6.2f ms  p95 %6.2f ms  p99 %6.2f ms  max %7.2f ms  %7.1f/s%n",
                name, threads, percentile(ms, 50), percentile(ms, 95), percentile(ms, 99), percentile(ms, 100),
                withRate[withRate.length - 1]);
    }

    private static double percentile(double[] values, double p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
