package nl.pitstop.handlers.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The handlers' mail session as their server.xml writes it, with SMTP_STARTTLS=true (docs/adr
 * /0021), against a mail server that does not offer STARTTLS, as a man in the middle who strips it
 * from the server's answer would present it: the mail is not sent, and neither the login nor the
 * mail's sender reaches that server.
 */
class StartTlsRequiredTest {

  static final Path SERVER_XML = Path.of("../ear/src/main/liberty/config/server.xml");

  /** The mail.* properties of the handlers' mail session, with these variables' values. */
  static Properties mailProperties(String starttls) throws Exception {
    String xml = Files.readString(SERVER_XML);
    Matcher session = Pattern.compile("(?s)<mailSession.*?</mailSession>").matcher(xml);
    assertTrue(session.find(), "the mail session of " + SERVER_XML);
    Properties properties = new Properties();
    Matcher property =
        Pattern.compile("<property name=\"(mail\\.[^\"]+)\" value=\"([^\"]*)\"/>")
            .matcher(session.group());
    while (property.find()) {
      properties.put(property.group(1), property.group(2).replace("${smtp.starttls}", starttls));
    }
    return properties;
  }

  @Test
  void theSessionRequiresStartTlsAndChecksTheServersName() throws Exception {
    Properties properties = mailProperties("true");
    assertEquals("true", properties.get("mail.smtp.starttls.enable"));
    assertEquals("true", properties.get("mail.smtp.starttls.required"));
    assertEquals("true", properties.get("mail.smtp.ssl.checkserveridentity"));
  }

  @Test
  void aServerWithoutStartTlsGetsNeitherTheLoginNorTheMail() throws Exception {
    List<String> heard = new CopyOnWriteArrayList<>();
    try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      Thread fake = new Thread(() -> answerWithoutStartTls(server, heard));
      fake.start();
      Properties properties = mailProperties("true");
      properties.put("mail.smtp.host", "127.0.0.1");
      properties.put("mail.smtp.port", String.valueOf(server.getLocalPort()));
      properties.put("mail.smtp.auth", "true");
      Session session = Session.getInstance(properties);
      MimeMessage mail = new MimeMessage(session);
      mail.setFrom(new InternetAddress("noreply@pitstop.nl"));
      mail.setRecipients(MimeMessage.RecipientType.TO, "customer@example.com");
      mail.setSubject("Reminder");
      mail.setText("Your appointment");
      MessagingException refused =
          assertThrows(MessagingException.class, () -> Transport.send(mail, "pitstop", "secret"));
      assertTrue(refused.getMessage().contains("STARTTLS"), refused.getMessage());
      fake.join(5000);
    }
    assertTrue(heard.stream().anyMatch(line -> line.startsWith("EHLO")), heard.toString());
    assertFalse(
        heard.stream().anyMatch(line -> line.startsWith("AUTH") || line.startsWith("MAIL")),
        "the login or the mail reached a server without TLS: " + heard);
  }

  /** A mail server that does not offer STARTTLS: greets, answers EHLO, records what it hears. */
  static void answerWithoutStartTls(ServerSocket server, List<String> heard) {
    try (Socket client = server.accept()) {
      client.setSoTimeout(5000);
      OutputStream out = client.getOutputStream();
      BufferedReader in =
          new BufferedReader(
              new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
      out.write("220 mail.example.com ESMTP\r\n".getBytes(StandardCharsets.US_ASCII));
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        heard.add(line);
        String answer =
            line.startsWith("EHLO")
                ? "250-mail.example.com\r\n250 AUTH PLAIN LOGIN\r\n"
                : line.startsWith("QUIT") ? "221 bye\r\n" : "250 ok\r\n";
        out.write(answer.getBytes(StandardCharsets.US_ASCII));
        if (line.startsWith("QUIT")) {
          return;
        }
      }
    } catch (java.io.IOException closed) {
      // the client went away
    }
  }
}
