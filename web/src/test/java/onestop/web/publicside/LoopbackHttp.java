package onestop.web.publicside;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * HTTP/1.1 from a chosen loopback address (127.0.0.x), so a test can be "another client" for the
 * per-address limits: Java 17's HttpClient cannot pick its local address. One request per
 * connection, {@code Connection: close}; enough for small JSON requests to the test server.
 */
final class LoopbackHttp {
    /** Status, headers (lower-case names) and body of an answer. */
    record Answer(int status, Map<String, String> headers, String body) {
    }

    private LoopbackHttp() {
    }

    /** A fresh loopback address for one test: 127.x.y.z, different each run. */
    static String freshAddress() {
        java.util.concurrent.ThreadLocalRandom r = java.util.concurrent.ThreadLocalRandom.current();
        return "127." + r.nextInt(1, 250) + "." + r.nextInt(1, 250) + "." + r.nextInt(2, 250);
    }

    static Answer send(String from, URL base, String method, String path, String json) {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
            socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 10_000);
            socket.setSoTimeout(30_000);
            byte[] body = json == null ? new byte[0] : json.getBytes(StandardCharsets.UTF_8);
            String head = method + " " + base.getPath() + path + " HTTP/1.1\r\n"
                    + "Host: " + base.getHost() + ":" + base.getPort() + "\r\n"
                    + "Accept: application/json\r\nAccept-Language: en\r\nConnection: close\r\n"
                    + (json == null ? "" : "Content-Type: application/json\r\n")
                    + "Content-Length: " + body.length + "\r\n\r\n";
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            return parse(socket.getInputStream().readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Answer parse(byte[] raw) throws IOException {
        String text = new String(raw, StandardCharsets.UTF_8);
        int split = text.indexOf("\r\n\r\n");
        String[] lines = text.substring(0, split).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new TreeMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).strip());
        }
        String body = text.substring(split + 4);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = unchunk(body.getBytes(StandardCharsets.UTF_8));
        }
        return new Answer(status, headers, body);
    }

    private static String unchunk(byte[] chunked) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        InputStream in = new java.io.ByteArrayInputStream(chunked);
        while (true) {
            StringBuilder size = new StringBuilder();
            int c;
            while ((c = in.read()) != -1 && c != '\n') {
                if (c != '\r') {
                    size.append((char) c);
                }
            }
            int n = Integer.parseInt(size.toString().strip().split(";")[0], 16);
            if (n == 0) {
                break;
            }
            out.write(in.readNBytes(n));
            in.read();
            in.read();
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
