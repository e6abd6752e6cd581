package nl.pitstop.handlers.mail;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MimeMailsTest {

  static final Session SESSION = Session.getInstance(new Properties());
  static final byte[] BANNER = {(byte) 0xFF, (byte) 0xD8, 1, 2, 3};

  static MimeMessage roundTrip(MailMessage mail) throws MessagingException, IOException {
    MimeMessage message =
        MimeMails.toMime(SESSION, mail, name -> BANNER, new Date(1_700_000_000_000L));
    ByteArrayOutputStream raw = new ByteArrayOutputStream();
    message.writeTo(raw);
    return new MimeMessage(SESSION, new java.io.ByteArrayInputStream(raw.toByteArray()));
  }

  @Test
  void aTextMailIsPlainTextInUtf8() throws Exception {
    MimeMessage message =
        roundTrip(
            MailMessage.text(
                "noreply@pitstop.nl",
                "jan@example.nl",
                "Vehicle maintenance reminder",
                "Dear Jürgen,\n\nsee you.",
                "reminder"));

    assertEquals("noreply@pitstop.nl", message.getFrom()[0].toString());
    assertEquals("jan@example.nl", message.getAllRecipients()[0].toString());
    assertEquals("Vehicle maintenance reminder", message.getSubject());
    assertTrue(message.isMimeType("text/plain"));
    assertEquals("Dear Jürgen,\n\nsee you.", message.getContent().toString().replace("\r\n", "\n"));
  }

  @Test
  void anHtmlMailCarriesItsImagesInlineUnderTheirContentId() throws Exception {
    MimeMessage message =
        roundTrip(
            MailMessage.html(
                "invoicing@pitstop.nl",
                "pitstop@prestoprint.nl",
                "Pitstop Garage Invoice #1",
                "<img src=\"cid:banner.jpg\"><p>€ 37.00</p>",
                List.of("banner.jpg"),
                "invoice 1"));

    MimeMultipart related = (MimeMultipart) message.getContent();
    assertTrue(related.getContentType().startsWith("multipart/related"));
    assertEquals(2, related.getCount());
    MimeBodyPart html = (MimeBodyPart) related.getBodyPart(0);
    assertTrue(html.isMimeType("text/html"));
    assertEquals("<img src=\"cid:banner.jpg\"><p>€ 37.00</p>", html.getContent());
    MimeBodyPart image = (MimeBodyPart) related.getBodyPart(1);
    assertEquals("<banner.jpg>", image.getContentID());
    assertEquals(Part.INLINE, image.getDisposition());
    assertTrue(image.isMimeType("image/jpeg"));
    assertArrayEquals(BANNER, image.getInputStream().readAllBytes());
  }

  @Test
  void aMalformedRecipientIsRefusedBeforeAnythingIsSent() {
    MailMessage mail =
        MailMessage.text("noreply@pitstop.nl", "not an address", "s", "b", "reminder");
    assertThrows(
        AddressException.class, () -> MimeMails.toMime(SESSION, mail, name -> BANNER, new Date()));
  }

  @Test
  void theMailOfTheOutboxRowIsTheMailQueued() {
    MailMessage mail =
        MailMessage.html(
            "a@pitstop.nl", "b@pitstop.nl", "s", "<p>b</p>", List.of("x.jpg", "y.png"), "ref");
    assertEquals(mail, new OutgoingMail(mail, java.time.Instant.EPOCH, null).message());
    MailMessage text = MailMessage.text("a@pitstop.nl", "b@pitstop.nl", "s", "b", "ref");
    assertEquals(text, new OutgoingMail(text, java.time.Instant.EPOCH, null).message());
  }

  @Test
  void aMailSentAgainKeepsItsMessageId() throws Exception {
    MailMessage mail =
        MailMessage.text("noreply@pitstop.nl", "jan@example.nl", "Reminder", "Dear Jan,", "r");
    String id = "<outbox.7.1700000000000@pitstop.nl>";

    MimeMessage first = MimeMails.toMime(SESSION, mail, name -> BANNER, new Date(), id);
    MimeMessage again = MimeMails.toMime(SESSION, mail, name -> BANNER, new Date(), id);
    first.saveChanges();
    again.saveChanges();

    assertEquals(id, first.getMessageID());
    assertEquals(id, again.getMessageID());
    MimeMessage fresh = MimeMails.toMime(SESSION, mail, name -> BANNER, new Date());
    fresh.saveChanges();
    assertNotEquals(id, fresh.getMessageID());
    assertTrue(fresh.getMessageID().startsWith("<"), fresh.getMessageID());
  }
}
