package nl.pitstop.handlers.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HtmlTemplateTest {

  @Test
  void valuesAndListItemsAreInsertedAsText() {
    HtmlTemplate template =
        HtmlTemplate.of(
            "t", "<p>Dear {{name}},</p>\n<ol>\n{{#jobs}}<li>{{.}}</li>\n{{/jobs}}</ol>");

    assertEquals(
        "<p>Dear Jan &amp; &#39;Piet&#39;,</p>\n<ol>\n<li>&lt;b&gt;Brakes&lt;/b&gt;</li>\n"
            + "<li>Tyres &quot;all four&quot;</li>\n<li></li>\n</ol>",
        template.render(
            Map.of(
                "name",
                "Jan & 'Piet'",
                "jobs",
                Arrays.asList("<b>Brakes</b>", "Tyres \"all four\"", null))));
  }

  @Test
  void aValueThatLooksLikeAPlaceholderStaysText() {
    HtmlTemplate template =
        HtmlTemplate.of("t", "{{name}} / {{#lines}}{{.}};{{/lines}} / {{iban}}");

    assertEquals(
        "{{iban}} / {{name}}; / NL20",
        template.render(Map.of("name", "{{iban}}", "lines", List.of("{{name}}"), "iban", "NL20")));
  }

  @Test
  void anEmptyListRendersNothingAndCommentsAreLeftOut() {
    HtmlTemplate template =
        HtmlTemplate.of(
            "t",
            "{{! for the readers of the template }}\n<ol>{{#jobs}}<li>{{.}}</li>{{/jobs}}</ol>");

    assertEquals("<ol></ol>", template.render(Map.of("jobs", List.of())));
  }

  @Test
  void aPlaceholderWithoutAValueOrWithTheWrongKindFailsTheRendering() {
    HtmlTemplate template = HtmlTemplate.of("invoice.html", "{{name}} {{#jobs}}{{.}}{{/jobs}}");

    IllegalArgumentException missing =
        assertThrows(
            IllegalArgumentException.class, () -> template.render(Map.of("jobs", List.of())));
    assertEquals(
        "The mail template invoice.html has {{name}}, and no value was given for it",
        missing.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> template.render(Map.of("name", "Jan", "jobs", "Brakes")));
    assertThrows(
        IllegalArgumentException.class,
        () -> template.render(Map.of("name", List.of("Jan"), "jobs", List.of())));
  }

  @Test
  void escapeReplacesTheFiveSpecialCharacters() {
    assertEquals("&amp;&lt;&gt;&quot;&#39;", HtmlTemplate.escape("&<>\"'"));
    assertEquals("Ünïcödé €", HtmlTemplate.escape("Ünïcödé €"));
    assertEquals("", HtmlTemplate.escape(null));
  }

  @Test
  void aMissingResourceIsAPackagingError() {
    assertThrows(
        IllegalStateException.class,
        () -> HtmlTemplate.resource(HtmlTemplateTest.class, "mail/none.html"));
  }
}
