package nl.pitstop.handlers.invoicing.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import nl.pitstop.handlers.invoicing.domain.Customer;
import nl.pitstop.handlers.invoicing.domain.Invoice;
import nl.pitstop.handlers.invoicing.domain.InvoiceJob;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class InvoiceDocumentTest {

  static final LocalDateTime EIGHT = LocalDateTime.of(2026, 12, 1, 8, 0);

  static Invoice invoice(Customer customer, String description, String licenseNumber) {
    InvoiceJob brakes =
        new InvoiceJob(UUID.randomUUID(), customer.customerId(), licenseNumber, description);
    brakes.finish(EIGHT, EIGHT.plusHours(2));
    InvoiceJob tyres =
        new InvoiceJob(UUID.randomUUID(), customer.customerId(), licenseNumber, "Tyres");
    tyres.finish(EIGHT.plusHours(5), EIGHT.plusHours(6));
    return Invoice.issue(
        "20261202150405-C100",
        LocalDateTime.of(2026, 12, 2, 15, 4, 5),
        Instant.parse("2026-12-02T14:04:05Z"),
        customer,
        List.of(brakes, tyres),
        InvoiceDocument::html);
  }

  static final Customer JAN =
      new Customer("C1001", "Jan Jansen", "Kerkstraat 1", "1234 AB", "Amsterdam");

  static Document parse(String html) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    return factory
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
  }

  static List<String> texts(Document document, String tag) {
    NodeList nodes = document.getElementsByTagName(tag);
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      texts.add(nodes.item(i).getTextContent());
    }
    return texts;
  }

  @Test
  void theContentIsInTheOriginalsOrder() {
    String html = InvoiceDocument.html(invoice(JAN, "Brakes", "AB-12-CD"));

    List<String> inOrder =
        List.of(
            "<img src=\"cid:banner.jpg\"",
            "PITSTOP GARAGE",
            "INVOICE",
            "Invoice reference",
            ": 20261202150405-C100",
            "Invoice date",
            ": 02-12-2026",
            "Amount",
            ": € 55.50",
            "Payment due by",
            ": 01-01-2027",
            "To:",
            "Jan Jansen",
            "Kerkstraat 1",
            "1234 AB",
            "Amsterdam",
            "Dear Jan Jansen,",
            "Hereby we send you an invoice for maintenance we executed on your vehicle(s):",
            "<li>01-12-2026 : Brakes on vehicle with license AB-12-CD - Duration: 2 hour"
                + " - Amount: € 37.00</li>",
            "<li>01-12-2026 : Tyres on vehicle with license AB-12-CD - Duration: 1 hour"
                + " - Amount: € 18.50</li>",
            "Total amount : € 55.50",
            "Payment terms : Payment within 30 days of invoice date.",
            "Payment details",
            "Bank",
            ": ING",
            "Name",
            ": Pitstop Garage",
            "IBAN",
            ": NL20INGB0001234567",
            "Reference",
            ": 20261202150405-C100",
            "Greetings,",
            "The PitStop crew");
    int from = 0;
    for (String text : inOrder) {
      int at = html.indexOf(text, from);
      assertTrue(at >= 0, "missing, or out of order: " + text + "\n" + html);
      from = at + text.length();
    }
  }

  @Test
  void itIsAWellFormedUtf8DocumentWithTheBannerAtTheTop() throws Exception {
    Document document = parse(InvoiceDocument.html(invoice(JAN, "Brakes", "AB-12-CD")));

    Element root = document.getDocumentElement();
    assertEquals("html", root.getTagName());
    Element meta = (Element) document.getElementsByTagName("meta").item(0);
    assertEquals("UTF-8", meta.getAttribute("charset"));
    assertEquals(List.of("Pitstop Garage Invoice #20261202150405-C100"), texts(document, "title"));
    NodeList images = document.getElementsByTagName("img");
    assertEquals(1, images.getLength());
    assertEquals("cid:banner.jpg", ((Element) images.item(0)).getAttribute("src"));
    assertEquals(2, document.getElementsByTagName("li").getLength(), "one item per job");
    assertEquals(1, document.getElementsByTagName("ol").getLength());
  }

  @Test
  void everyValueFromAUserIsEscaped() throws Exception {
    String evil = "<b onmouseover=\"x()\">Tom & 'Jerry'</b>";
    Customer customer =
        new Customer("C1001", evil + " name", evil + " address", evil + "pc", evil + " city");

    String html = InvoiceDocument.html(invoice(customer, evil + " job", "<i>AB</i>"));

    assertFalse(html.contains("<b onmouseover"), html);
    assertFalse(html.contains("<i>"), html);
    Document document = parse(html);
    assertEquals(0, document.getElementsByTagName("b").getLength());
    assertEquals(0, document.getElementsByTagName("i").getLength());
    String text = document.getDocumentElement().getTextContent();
    for (String value :
        List.of(
            evil + " name",
            evil + " address",
            evil + "pc",
            evil + " city",
            "Dear " + evil + " name,",
            evil + " job on vehicle with license <i>AB</i>")) {
      assertTrue(text.contains(value), "shown as text: " + value);
    }
  }

  @Test
  void aScriptInANameOrDescriptionIsOnlyText() throws Exception {
    String script = "<script>alert(1)</script>";
    Customer customer = new Customer("C1001", script, "Kerkstraat 1", "1234 AB", "Amsterdam");

    String html = InvoiceDocument.html(invoice(customer, script, "AB-12-CD"));

    assertFalse(html.contains("<script"), html);
    assertTrue(html.contains("Dear &lt;script&gt;alert(1)&lt;/script&gt;,"), html);
    assertTrue(
        html.contains("<li>01-12-2026 : &lt;script&gt;alert(1)&lt;/script&gt; on vehicle"), html);
    assertEquals(0, parse(html).getElementsByTagName("script").getLength());
  }

  @Test
  void aCustomerWithoutAddressStillGetsAWellFormedDocument() throws Exception {
    Customer customer = new Customer("C1001", "Jan Jansen", null, null, null);

    String html = InvoiceDocument.html(invoice(customer, "Brakes", "AB-12-CD"));

    assertFalse(html.contains("null"), html);
    assertTrue(parse(html).getDocumentElement().getTextContent().contains("Jan Jansen"));
  }
}
