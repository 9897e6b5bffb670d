package org.w3id.vnkg.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A lean HTTP/1.1 client for the load bench: one kept-alive socket per thread, a form POST written in one piece, the
 * answer read by its Content-Length or its chunks. The JDK's {@code java.net.http.HttpClient} hands every exchange
 * between its selector thread and the caller, which costs about 0.3 ms per request on two cores (bench/FINDINGS.md,
 * 2026-11-27): as much as the server's whole answer to {@code ASK {}}. Load tools measure with clients this lean, so
 * that the latency is the server's, not the client's.
 * <pre>
 *   KeepAliveClient http = new KeepAliveClient(URI.create("http://localhost:3030/kg/sparql"), Duration.ofSeconds(120));
 *   KeepAliveClient.Answer a = http.post("query=ASK+%7B%7D", "application/sparql-results+json");
 * </pre>
 * Thread-safe: each thread has its own connection, opened at its first request and again after the server closed it.
 */
public final class KeepAliveClient implements AutoCloseable {
    /** The status and the body (UTF-8) of an answer. */
    public record Answer(int status, String body) {
    }

    private final URI endpoint;
    private final int timeoutMillis;
    private final ThreadLocal<Connection> connections = new ThreadLocal<>();
    // every connection made, for close(): the threads of a load run end without closing theirs
    private final Set<Connection> made = ConcurrentHashMap.newKeySet();

    public KeepAliveClient(URI endpoint, Duration timeout) {
        if (!"http".equals(endpoint.getScheme())) {
            throw new IllegalArgumentException("only http:// endpoints: " + endpoint);
        }
        this.endpoint = endpoint;
        this.timeoutMillis = Math.toIntExact(timeout.toMillis());
    }

    /** POSTs an {@code application/x-www-form-urlencoded} body (ASCII, as URL-encoding makes it). */
    public Answer post(String form, String accept) throws IOException {
        byte[] request = request(form, accept);
        Connection c = connections.get();
        if (c != null) {
            try {
                return c.exchange(request);
            } catch (StaleConnection e) {
                c.close(); // the server closed the idle connection before this request reached it: send it again
            }
        }
        c = new Connection(open());
        connections.set(c);
        made.add(c);
        try {
            return c.exchange(request);
        } catch (StaleConnection e) {
            c.close();
            throw new EOFException("the server closed the connection without an answer");
        }
    }

    /** Closes every thread's connection. */
    @Override
    public void close() {
        made.forEach(Connection::close);
        made.clear();
    }

    private byte[] request(String form, String accept) {
        String path = endpoint.getRawPath().isEmpty() ? "/" : endpoint.getRawPath();
        if (endpoint.getRawQuery() != null) {
            path += "?" + endpoint.getRawQuery();
        }
        byte[] body = form.getBytes(StandardCharsets.UTF_8);
        String head = "POST " + path + " HTTP/1.1\r\n"
                + "Host: " + endpoint.getHost() + ":" + port() + "\r\n"
                + "Content-Type: application/x-www-form-urlencoded\r\n"
                + "Accept: " + accept + "\r\n"
                + "Content-Length: " + body.length + "\r\n\r\n";
        byte[] h = head.getBytes(StandardCharsets.US_ASCII);
        byte[] all = new byte[h.length + body.length];
        System.arraycopy(h, 0, all, 0, h.length);
        System.arraycopy(body, 0, all, h.length, body.length);
        return all;
    }

    private int port() {
        return endpoint.getPort() < 0 ? 80 : endpoint.getPort();
    }

    private Socket open() throws IOException {
        Socket s = new Socket();
        s.connect(new InetSocketAddress(endpoint.getHost(), port()), timeoutMillis);
        s.setTcpNoDelay(true); // the request goes in one write; do not hold it back for an ACK
        s.setSoTimeout(timeoutMillis);
        return s;
    }

    /** A reused connection the server had closed: nothing of an answer came back. */
    private static final class StaleConnection extends IOException {
        StaleConnection() {
            super("stale connection");
        }
    }

    private static final class Connection {
        private final Socket socket;
        private final OutputStream out;
        private final InputStream in;

        Connection(Socket socket) throws IOException {
            this.socket = socket;
            this.out = socket.getOutputStream();
            this.in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
        }

        Answer exchange(byte[] request) throws IOException {
            String statusLine;
            try {
                out.write(request);
                out.flush();
                statusLine = line();
            } catch (EOFException | java.net.SocketException e) {
                throw new StaleConnection();
            }
            String[] parts = statusLine.split(" ", 3);
            if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
                close();
                throw new IOException("not an HTTP answer: " + statusLine);
            }
            int status = Integer.parseInt(parts[1]);
            long length = -1;
            boolean chunked = false;
            boolean closes = parts[0].equals("HTTP/1.0");
            for (String h = line(); !h.isEmpty(); h = line()) {
                int colon = h.indexOf(':');
                if (colon < 0) {
                    continue;
                }
                String name = h.substring(0, colon).strip().toLowerCase(Locale.ROOT);
                String value = h.substring(colon + 1).strip().toLowerCase(Locale.ROOT);
                switch (name) {
                    case "content-length" -> length = Long.parseLong(value);
                    case "transfer-encoding" -> chunked = value.contains("chunked");
                    case "connection" -> closes = value.contains("close") || closes && !value.contains("keep-alive");
                    default -> { }
                }
            }
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            if (chunked) {
                for (int size = chunkSize(); size > 0; size = chunkSize()) {
                    body.write(in.readNBytes(size));
                    line();
                }
                while (!line().isEmpty()) {
                    // trailers
                }
            } else if (length >= 0) {
                byte[] b = in.readNBytes(Math.toIntExact(length));
                if (b.length < length) {
                    throw new EOFException("the answer broke off after " + b.length + " of " + length + " bytes");
                }
                body.write(b);
            } else {
                body.write(in.readAllBytes()); // no length: the body runs to the end of the connection
                closes = true;
            }
            if (closes) {
                close();
            }
            return new Answer(status, body.toString(StandardCharsets.UTF_8));
        }

        private int chunkSize() throws IOException {
            String size = line();
            int semi = size.indexOf(';');
            return Integer.parseInt((semi < 0 ? size : size.substring(0, semi)).strip(), 16);
        }

        /** A line of the head, without its CR LF. */
        private String line() throws IOException {
            StringBuilder sb = new StringBuilder(64);
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c < 0) {
                    throw new EOFException("the connection closed mid-answer");
                }
                if (c != '\r') {
                    sb.append((char) c);
                }
            }
            return sb.toString();
        }

        void close() {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing a socket that failed already
            }
        }
    }
}
