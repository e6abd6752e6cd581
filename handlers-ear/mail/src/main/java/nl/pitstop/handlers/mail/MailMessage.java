package nl.pitstop.handlers.mail;

import java.util.List;
import java.util.Objects;

/**
 * An e-mail to send.
 *
 * @param html whether the body is HTML (otherwise plain text)
 * @param inlineImages names of images the HTML references as {@code cid:{name}}; each is read from
 *     the sending module's class path under {@code /mail/}
 * @param reference what the mail is about, for operations (e.g. the invoice id)
 */
public record MailMessage(
    String from,
    String to,
    String subject,
    String body,
    boolean html,
    List<String> inlineImages,
    String reference) {

  public MailMessage {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(body, "body");
    inlineImages = List.copyOf(inlineImages);
  }

  /** A plain-text mail. */
  public static MailMessage text(
      String from, String to, String subject, String body, String reference) {
    return new MailMessage(from, to, subject, body, false, List.of(), reference);
  }

  /** An HTML mail with inline images. */
  public static MailMessage html(
      String from,
      String to,
      String subject,
      String body,
      List<String> inlineImages,
      String reference) {
    return new MailMessage(from, to, subject, body, true, inlineImages, reference);
  }
}
