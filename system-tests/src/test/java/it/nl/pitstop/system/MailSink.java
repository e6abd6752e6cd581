package it.nl.pitstop.system;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import nl.pitstop.testing.HttpJson;

/** The local mail sink (GreenMail) as its REST API shows it: every mail a handler sent. */
final class MailSink {

  static final HttpJson API =
      new HttpJson(
          URI.create("http://localhost:" + System.getProperty("mail.api.port", "4000") + "/"));

  private static final Session SESSION = Session.getInstance(new Properties());

  private MailSink() {}

  /** The addresses the sink has received mail for (it makes a user of each recipient). */
  static Set<String> addresses() {
    var response = API.get("api/user");
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          "mail sink: " + response.statusCode() + " " + response.body());
    }
    return HttpJson.json(response).asJsonArray().stream()
        .map(user -> user.asJsonObject().getString("email"))
        .collect(Collectors.toSet());
  }

  /** The mails in an address's inbox, oldest first. */
  static List<MimeMessage> inbox(String address) {
    var response =
        API.get(
            "api/user/" + URLEncoder.encode(address, StandardCharsets.UTF_8) + "/messages/INBOX");
    if (response.statusCode() != 200) {
      return List.of();
    }
    JsonArray messages = HttpJson.json(response).asJsonArray();
    return messages.stream().map(JsonObject.class::cast).map(MailSink::parse).toList();
  }

  /** The mails in an address's inbox with exactly this subject. */
  static List<MimeMessage> withSubject(String address, String subject) {
    return inbox(address).stream().filter(m -> subject.equals(subjectOf(m))).toList();
  }

  static String subjectOf(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** The text of a plain-text mail, with its lines joined by \n. */
  static String text(MimeMessage message) throws Exception {
    return message.getContent().toString().replace("\r\n", "\n");
  }

  /** The HTML part of an HTML mail with inline images. */
  static String html(MimeMessage message) throws Exception {
    Multipart related = (Multipart) message.getContent();
    for (int i = 0; i < related.getCount(); i++) {
      BodyPart part = related.getBodyPart(i);
      if (part.isMimeType("text/html")) {
        return part.getContent().toString();
      }
    }
    throw new AssertionError("No HTML part in " + message.getContentType());
  }

  /** The inline image parts' content ids. */
  static List<String> inlineContentIds(MimeMessage message) throws Exception {
    Multipart related = (Multipart) message.getContent();
    List<String> ids = new java.util.ArrayList<>();
    for (int i = 0; i < related.getCount(); i++) {
      if (related.getBodyPart(i) instanceof MimeBodyPart part && part.getContentID() != null) {
        ids.add(part.getContentID());
      }
    }
    return ids;
  }

  private static MimeMessage parse(JsonObject message) {
    try {
      return new MimeMessage(
          SESSION,
          new ByteArrayInputStream(
              message.getString("mimeMessage").getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
