package it.nl.pitstop.system;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

/**
 * A mail relay as the company's is reached in production (SMTP on its submission port, STARTTLS,
 * then a login): it offers STARTTLS, upgrades the connection with the certificate it presents at
 * that moment, and only then offers AUTH and takes mail. It records every connection: what it heard
 * before TLS, whether the handshake succeeded, and the mails it took over TLS.
 */
final class StartTlsRelay implements AutoCloseable {

  /** One connection, as the relay saw it. */
  record Connection(
      List<String> beforeTls, boolean handshake, List<String> afterTls, List<String> mails) {}

  /** A key pair and a self-signed certificate for localhost, and the certificate alone. */
  record Identity(SSLContext context, X509Certificate certificate) {

    /** Makes one with keytool in the folder, named after the alias. */
    static Identity make(Path folder, String alias) throws Exception {
      Files.createDirectories(folder);
      Path store = folder.resolve(alias + ".p12");
      Files.deleteIfExists(store);
      String password = "relay-" + alias;
      List<String> command =
          List.of(
              Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
              "-genkeypair",
              "-alias",
              alias,
              "-keyalg",
              "RSA",
              "-keysize",
              "2048",
              "-dname",
              "CN=localhost",
              "-ext",
              "SAN=dns:localhost,ip:127.0.0.1",
              "-validity",
              "2",
              "-storetype",
              "PKCS12",
              "-keystore",
              store.toString(),
              "-storepass",
              password);
      Process keytool = new ProcessBuilder(command).redirectErrorStream(true).start();
      String output = new String(keytool.getInputStream().readAllBytes());
      assertEquals(0, keytool.waitFor(), "keytool: " + output);
      KeyStore keys = KeyStore.getInstance("PKCS12");
      try (InputStream in = Files.newInputStream(store)) {
        keys.load(in, password.toCharArray());
      }
      KeyManagerFactory managers =
          KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      managers.init(keys, password.toCharArray());
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(managers.getKeyManagers(), null, null);
      return new Identity(context, (X509Certificate) keys.getCertificate(alias));
    }

    /** A PKCS12 trust store with this certificate alone, as operations would give the servers. */
    Path trustStore(Path file, String password) throws Exception {
      KeyStore trust = KeyStore.getInstance("PKCS12");
      trust.load(null, null);
      trust.setCertificateEntry("relay", certificate);
      try (OutputStream out = Files.newOutputStream(file)) {
        trust.store(out, password.toCharArray());
      }
      return file;
    }
  }

  private final ServerSocket server;
  private final List<Connection> connections = new CopyOnWriteArrayList<>();
  private volatile Identity presenting;

  private StartTlsRelay(Identity presenting) throws IOException {
    this.presenting = presenting;
    this.server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
    Thread acceptor = new Thread(this::accept, "start-tls-relay");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** A relay on a free port of 127.0.0.1, presenting this identity. */
  static StartTlsRelay start(Identity presenting) throws IOException {
    return new StartTlsRelay(presenting);
  }

  int port() {
    return server.getLocalPort();
  }

  /** From the next connection on, the relay presents this identity. */
  void present(Identity identity) {
    this.presenting = identity;
  }

  List<Connection> connections() {
    return List.copyOf(connections);
  }

  @Override
  public void close() throws IOException {
    server.close();
  }

  private void accept() {
    while (!server.isClosed()) {
      try {
        Socket client = server.accept();
        Thread session = new Thread(() -> converse(client), "start-tls-relay-session");
        session.setDaemon(true);
        session.start();
      } catch (IOException closed) {
        return;
      }
    }
  }

  private void converse(Socket plain) {
    List<String> beforeTls = new ArrayList<>();
    List<String> afterTls = new ArrayList<>();
    List<String> mails = new ArrayList<>();
    boolean handshake = false;
    try (plain) {
      plain.setSoTimeout(15_000);
      Lines lines = new Lines(plain);
      lines.write("220 relay.example.internal ESMTP");
      for (String line = lines.read(); line != null; line = lines.read()) {
        beforeTls.add(line);
        if (line.startsWith("EHLO")) {
          lines.write("250-relay.example.internal", "250 STARTTLS");
        } else if (line.startsWith("STARTTLS")) {
          lines.write("220 go ahead");
          break;
        } else if (line.startsWith("QUIT")) {
          lines.write("221 bye");
          return;
        } else {
          lines.write("530 must issue a STARTTLS command first");
        }
      }
      SSLSocket tls =
          (SSLSocket)
              presenting
                  .context()
                  .getSocketFactory()
                  .createSocket(
                      plain, plain.getInetAddress().getHostAddress(), plain.getPort(), true);
      tls.setUseClientMode(false);
      try {
        tls.startHandshake();
        handshake = true;
      } catch (IOException refused) {
        return; // the client did not accept the certificate
      }
      converseOverTls(new Lines(tls), afterTls, mails);
    } catch (IOException gone) {
      // the client went away
    } finally {
      connections.add(new Connection(beforeTls, handshake, afterTls, mails));
    }
  }

  private static void converseOverTls(Lines lines, List<String> heard, List<String> mails)
      throws IOException {
    for (String line = lines.read(); line != null; line = lines.read()) {
      heard.add(line);
      if (line.startsWith("EHLO")) {
        lines.write("250-relay.example.internal", "250 AUTH PLAIN LOGIN");
      } else if (line.startsWith("AUTH")) {
        lines.write("235 accepted");
      } else if (line.startsWith("DATA")) {
        lines.write("354 end with a dot");
        StringBuilder data = new StringBuilder();
        for (String body = lines.read(); body != null && !body.equals("."); body = lines.read()) {
          data.append(body).append('\n');
        }
        mails.add(data.toString());
        lines.write("250 queued");
      } else if (line.startsWith("QUIT")) {
        lines.write("221 bye");
        return;
      } else {
        lines.write("250 ok");
      }
    }
  }

  /** SMTP's lines over a socket. */
  private static final class Lines {
    private final BufferedReader in;
    private final OutputStream out;

    Lines(Socket socket) throws IOException {
      this.in =
          new BufferedReader(
              new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
      this.out = socket.getOutputStream();
    }

    String read() throws IOException {
      return in.readLine();
    }

    void write(String... answer) throws IOException {
      out.write((String.join("\r\n", answer) + "\r\n").getBytes(StandardCharsets.US_ASCII));
      out.flush();
    }
  }
}
