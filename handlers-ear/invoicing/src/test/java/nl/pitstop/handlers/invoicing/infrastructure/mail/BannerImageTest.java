package nl.pitstop.handlers.invoicing.infrastructure.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.awt.image.BufferedImage;
import java.io.InputStream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import nl.pitstop.handlers.invoicing.application.InvoiceDocument;
import org.junit.jupiter.api.Test;

/** The inline image the invoice e-mail refers to is where the mail outbox reads it from. */
class BannerImageTest {

  @Test
  void theBannerIsA600By80JpegUnderMailOnTheClassPath() throws Exception {
    try (InputStream in =
            InvoiceMails.class.getResourceAsStream("/mail/" + InvoiceDocument.BANNER);
        ImageInputStream image = ImageIO.createImageInputStream(in)) {
      assertNotNull(in, "/mail/banner.jpg");
      ImageReader reader = ImageIO.getImageReaders(image).next();
      assertEquals("jpeg", reader.getFormatName().toLowerCase(java.util.Locale.ROOT));
      reader.setInput(image);
      BufferedImage banner = reader.read(0);
      assertEquals(600, banner.getWidth());
      assertEquals(80, banner.getHeight());
      reader.dispose();
    }
  }
}
