package nl.pitstop.handlers.mail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An HTML mail read from a template resource, with the few constructs a mail needs and nothing that
 * could run code:
 *
 * <ul>
 *   <li>{@code {{name}}}: the value {@code name}, as text (every {@code & < > " '} escaped);
 *   <li>{@code {{#name}}…{{/name}}}: the block once for each item of the list {@code name}, with
 *       {@code {{.}}} the item, as text;
 *   <li>{@code {{! … }}}: a comment for the template's readers, left out of the mail with the line
 *       break after it.
 * </ul>
 *
 * Every value is text, so a customer's name or a job's description can never become markup. A
 * placeholder without a value, or a value of the wrong kind, fails the rendering: a mail is never
 * sent with a hole in it.
 */
public final class HtmlTemplate {

  private static final Pattern COMMENT = Pattern.compile("\\{\\{!.*?}}\n?", Pattern.DOTALL);

  /** A section {@code {{#name}}…{{/name}}} (groups 1 and 2) or a value {@code {{name}}} (3). */
  private static final Pattern PLACEHOLDER =
      Pattern.compile("\\{\\{#(\\w+)}}(.*?)\\{\\{/\\1}}|\\{\\{([\\w.]+)}}", Pattern.DOTALL);

  private final String name;
  private final String text;

  private HtmlTemplate(String name, String text) {
    this.name = name;
    this.text = COMMENT.matcher(text).replaceAll("");
  }

  /**
   * Reads a template from the class path of the given class's module.
   *
   * @throws IllegalStateException when there is no such resource: a packaging error
   */
  public static HtmlTemplate resource(Class<?> owner, String path) {
    try (InputStream in = owner.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("No mail template " + path + " on the class path");
      }
      return new HtmlTemplate(path, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the mail template " + path, e);
    }
  }

  /** A template from its text, for tests. */
  static HtmlTemplate of(String name, String text) {
    return new HtmlTemplate(name, text);
  }

  /**
   * @param values each placeholder's value: a {@link String} for {@code {{name}}}, a {@link List}
   *     of strings for {@code {{#name}}…{{/name}}} (null strings render as nothing)
   * @throws IllegalArgumentException when a placeholder has no value or one of the wrong kind
   */
  public String render(Map<String, ?> values) {
    return fill(text, values);
  }

  /**
   * One pass over the template: what a value brings in is never read as a placeholder, so a value
   * that contains {@code {{…}}} is just text.
   */
  private String fill(String template, Map<String, ?> values) {
    Matcher placeholders = PLACEHOLDER.matcher(template);
    StringBuilder filled = new StringBuilder(template.length() * 2);
    while (placeholders.find()) {
      String replacement;
      if (placeholders.group(1) != null) {
        StringBuilder repeated = new StringBuilder();
        for (Object item : list(values, placeholders.group(1))) {
          repeated.append(fill(placeholders.group(2), Map.of(".", item == null ? "" : item)));
        }
        replacement = repeated.toString();
      } else {
        replacement = escape(text(values, placeholders.group(3)));
      }
      placeholders.appendReplacement(filled, Matcher.quoteReplacement(replacement));
    }
    placeholders.appendTail(filled);
    return filled.toString();
  }

  private String text(Map<String, ?> values, String key) {
    if (!values.containsKey(key)) {
      throw new IllegalArgumentException(
          "The mail template " + name + " has {{" + key + "}}, and no value was given for it");
    }
    Object value = values.get(key);
    if (value != null && !(value instanceof String)) {
      throw new IllegalArgumentException(
          "{{" + key + "}} of the mail template " + name + " takes a text, not " + value);
    }
    return (String) value;
  }

  private List<?> list(Map<String, ?> values, String key) {
    Object value = values.get(key);
    if (!(value instanceof List<?> items)) {
      throw new IllegalArgumentException(
          "{{#" + key + "}} of the mail template " + name + " takes a list, not " + value);
    }
    return items;
  }

  /** The text with {@code & < > " '} as character references, so that it is only ever text. */
  public static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder escaped = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }
}
