package dev.latchkey.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * HTTP/1.1 over a plain socket, byte for byte as the test writes it: for requests no well-behaved
 * client would send (CR or LF in a header value, invalid UTF-8 in the path, a body larger than it
 * says), which {@link Http} and the JDK's client refuse to build. One connection per request, unless
 * the test keeps one open ({@link #keepAlive}).
 */
final class RawHttp {

    private final String host;
    private final int port;

    RawHttp(String host, int port) {
        this.host = host;
        this.port = port;
    }

    /** An answer as it came over the wire; {@code status} 0 when the server closed without answering. */
    record Response(int status, List<String[]> headers, byte[] rawBody) {

        String body() {
            return new String(rawBody, StandardCharsets.UTF_8);
        }

        Optional<String> header(String name) {
            return headers.stream()
                    .filter(h -> h[0].equalsIgnoreCase(name))
                    .map(h -> h[1])
                    .findFirst();
        }

        @Override
        public String toString() {
            StringBuilder text = new StringBuilder("HTTP ").append(status);
            headers.forEach(h -> text.append("\n").append(h[0]).append(": ").append(h[1]));
            String body = body();
            return text.append("\n\n")
                    .append(body.length() > 2000 ? body.substring(0, 2000) + "..." : body)
                    .toString();
        }
    }

    /** A request made of its parts; the header lines are sent exactly as given (no check, no encoding). */
    Response send(String method, byte[] target, List<byte[]> headerLines, byte[] body) {
        return exchange(bytes(method, target, headerLines, body, true));
    }

    /** A connection the test keeps open for several requests, as a storefront's HTTP client does. */
    KeptAlive keepAlive() throws IOException {
        Socket socket = new Socket();
        socket.connect(new InetSocketAddress(host, port), 5_000);
        socket.setSoTimeout(30_000);
        return new KeptAlive(socket);
    }

    /** One open connection; each answer is read by its {@code Content-Length}, and the connection stays open. */
    final class KeptAlive implements AutoCloseable {

        private final Socket socket;

        private KeptAlive(Socket socket) {
            this.socket = socket;
        }

        Response send(String method, String target, List<String> headerLines, byte[] body) throws IOException {
            OutputStream out = socket.getOutputStream();
            out.write(bytes(
                    method,
                    target.getBytes(StandardCharsets.UTF_8),
                    headerLines.stream()
                            .map(h -> h.getBytes(StandardCharsets.UTF_8))
                            .toList(),
                    body,
                    false));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            while (indexOf(answer.toByteArray(), new byte[] {'\r', '\n', '\r', '\n'}, 0) < 0) {
                int next = in.read();
                if (next < 0) {
                    return parse(answer.toByteArray());
                }
                answer.write(next);
            }
            Response head = parse(answer.toByteArray());
            answer.writeBytes(in.readNBytes(
                    head.header("Content-Length").map(Integer::parseInt).orElse(0)));
            return parse(answer.toByteArray());
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    /** The bytes of a request; the head alone when there is no body. */
    private byte[] bytes(String method, byte[] target, List<byte[]> headerLines, byte[] body, boolean closeAfter) {
        ByteArrayOutputStream request = new ByteArrayOutputStream();
        request.writeBytes(method.getBytes(StandardCharsets.US_ASCII));
        request.writeBytes(" ".getBytes(StandardCharsets.US_ASCII));
        request.writeBytes(target);
        request.writeBytes(" HTTP/1.1\r\n".getBytes(StandardCharsets.US_ASCII));
        line(request, "Host: " + host + ":" + port);
        if (closeAfter) {
            line(request, "Connection: close");
        }
        for (byte[] header : headerLines) {
            request.writeBytes(header);
            request.writeBytes(new byte[] {'\r', '\n'});
        }
        if (body != null) {
            line(request, "Content-Length: " + body.length);
        }
        request.writeBytes(new byte[] {'\r', '\n'});
        if (body != null) {
            request.writeBytes(body);
        }
        return request.toByteArray();
    }

    /** A request whose body goes in chunks, its length announced nowhere. */
    Response sendChunked(String method, String target, List<String> headerLines, byte[] body) {
        ByteArrayOutputStream chunks = new ByteArrayOutputStream();
        for (int at = 0; at < body.length; at += 8192) {
            int length = Math.min(8192, body.length - at);
            chunks.writeBytes((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            chunks.write(body, at, length);
            chunks.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        chunks.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        List<byte[]> headers = new ArrayList<>(headerLines.stream()
                .map(h -> h.getBytes(StandardCharsets.UTF_8))
                .toList());
        headers.add("Transfer-Encoding: chunked".getBytes(StandardCharsets.US_ASCII));
        ByteArrayOutputStream request = new ByteArrayOutputStream();
        request.writeBytes(bytes(method, target.getBytes(StandardCharsets.UTF_8), headers, null, true));
        request.writeBytes(chunks.toByteArray());
        return exchange(request.toByteArray());
    }

    Response send(String method, String target, List<String> headerLines, byte[] body) {
        return send(
                method,
                target.getBytes(StandardCharsets.UTF_8),
                headerLines.stream()
                        .map(h -> h.getBytes(StandardCharsets.UTF_8))
                        .toList(),
                body);
    }

    /** Writes the bytes, reads until the server closes, and parses the answer. */
    Response exchange(byte[] request) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 5_000);
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request);
                out.flush();
            } catch (SocketException e) {
                // The server may answer and close before it has read a body it refuses (e.g. too large).
            }
            return parse(readAll(socket.getInputStream()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int read; (read = in.read(buffer)) >= 0; ) {
                bytes.write(buffer, 0, read);
            }
        } catch (SocketException e) {
            // A reset after a complete answer: keep what arrived.
        }
        return bytes.toByteArray();
    }

    private static Response parse(byte[] raw) {
        int end = indexOf(raw, new byte[] {'\r', '\n', '\r', '\n'}, 0);
        if (end < 0) {
            return new Response(0, List.of(), raw);
        }
        String[] lines = new String(raw, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        List<String[]> headers = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.add(new String[] {
                lines[i].substring(0, colon).strip(),
                lines[i].substring(colon + 1).strip()
            });
        }
        byte[] body = Arrays.copyOfRange(raw, end + 4, raw.length);
        boolean chunked = headers.stream()
                .anyMatch(h -> h[0].equalsIgnoreCase("Transfer-Encoding")
                        && h[1].toLowerCase(Locale.ROOT).contains("chunked"));
        return new Response(status, headers, chunked ? unchunk(body) : body);
    }

    private static byte[] unchunk(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = 0;
        while (at < body.length) {
            int lineEnd = indexOf(body, new byte[] {'\r', '\n'}, at);
            String size = new String(body, at, lineEnd - at, StandardCharsets.US_ASCII).split(";")[0].strip();
            int length = Integer.parseInt(size, 16);
            if (length == 0) {
                break;
            }
            out.write(body, lineEnd + 2, length);
            at = lineEnd + 2 + length + 2;
        }
        return out.toByteArray();
    }

    private static int indexOf(byte[] data, byte[] pattern, int from) {
        outer:
        for (int i = from; i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static void line(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(new byte[] {'\r', '\n'});
    }
}
