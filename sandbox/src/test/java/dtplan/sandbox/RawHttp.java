package dtplan.sandbox;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Sends a request written byte for byte over a socket to the sandbox's port, for what the JDK
 * client will not send: another {@code Host}, no {@code Host}, several of them. A DNS-rebinding
 * page makes the browser connect to 127.0.0.1 with its own host name in {@code Host}; this does the
 * same.
 */
final class RawHttp {
  record Res(int status, Map<String, String> headers, String body) {
    /** Header names are lower-cased. */
    String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }
  }

  private RawHttp() {}

  /**
   * Sends {@code requestLine} and {@code headerLines} (each "Name: value"), then a body if given,
   * and reads the whole answer ({@code Connection: close} is added).
   */
  static Res send(Sandbox sb, String requestLine, String body, String... headerLines) {
    StringBuilder req = new StringBuilder(requestLine).append("\r\n");
    for (String h : headerLines) {
      req.append(h).append("\r\n");
    }
    byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
    if (body != null) {
      req.append("Content-Length: ").append(bytes.length).append("\r\n");
    }
    req.append("Connection: close\r\n\r\n");
    try (Socket s = new Socket(InetAddress.getByName("127.0.0.1"), sb.url().getPort())) {
      s.setSoTimeout(20_000);
      OutputStream out = s.getOutputStream();
      out.write(req.toString().getBytes(StandardCharsets.ISO_8859_1));
      out.write(bytes);
      out.flush();
      return parse(readAll(s.getInputStream()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] readAll(InputStream in) throws IOException {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    in.transferTo(buf);
    return buf.toByteArray();
  }

  private static Res parse(byte[] raw) {
    String text = new String(raw, StandardCharsets.UTF_8);
    int end = text.indexOf("\r\n\r\n");
    if (end < 0) {
      throw new AssertionError("no complete answer: " + text);
    }
    String[] lines = text.substring(0, end).split("\r\n");
    int status = Integer.parseInt(lines[0].split(" ")[1]);
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      headers.put(
          lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
          lines[i].substring(colon + 1).trim());
    }
    // The sandbox always answers with a Content-Length (never chunked) or no body.
    return new Res(status, headers, text.substring(end + 4));
  }
}
