package nl.pitstop.handlers.mail;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.net.URLConnection;
import java.util.Date;
import java.util.function.Function;

/** Builds the MIME message of a mail: plain text, or HTML with its images inline. */
public final class MimeMails {

  private MimeMails() {}

  /**
   * @param images the bytes of an inline image by its name
   */
  public static MimeMessage toMime(
      Session session, MailMessage mail, Function<String, byte[]> images, Date sentDate)
      throws MessagingException {
    return toMime(session, mail, images, sentDate, null);
  }

  /**
   * @param images the bytes of an inline image by its name
   * @param messageId the {@code Message-ID} the mail keeps however often it is sent (e.g. {@code
   *     <outbox.3.1700000000000@pitstop.nl>}), or null for a new one at each send
   */
  public static MimeMessage toMime(
      Session session,
      MailMessage mail,
      Function<String, byte[]> images,
      Date sentDate,
      String messageId)
      throws MessagingException {
    MimeMessage message =
        new MimeMessage(session) {
          @Override
          protected void updateMessageID() throws MessagingException {
            if (messageId == null) {
              super.updateMessageID();
            } else {
              setHeader("Message-ID", messageId);
            }
          }
        };
    message.setFrom(new InternetAddress(mail.from(), true));
    message.setRecipients(MimeMessage.RecipientType.TO, InternetAddress.parse(mail.to(), true));
    message.setSubject(mail.subject(), "UTF-8");
    message.setSentDate(sentDate);
    if (!mail.html()) {
      message.setText(mail.body(), "UTF-8");
      return message;
    }
    MimeMultipart related = new MimeMultipart("related");
    MimeBodyPart html = new MimeBodyPart();
    html.setText(mail.body(), "UTF-8", "html");
    related.addBodyPart(html);
    for (String name : mail.inlineImages()) {
      MimeBodyPart image = new MimeBodyPart();
      String type = URLConnection.guessContentTypeFromName(name);
      image.setDataHandler(
          new DataHandler(
              new ByteArrayDataSource(
                  images.apply(name), type == null ? "application/octet-stream" : type)));
      image.setContentID("<" + name + ">");
      image.setDisposition(Part.INLINE);
      image.setFileName(name);
      related.addBodyPart(image);
    }
    message.setContent(related);
    return message;
  }
}
