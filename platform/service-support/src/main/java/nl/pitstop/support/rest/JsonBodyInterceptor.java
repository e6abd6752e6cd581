package nl.pitstop.support.rest;

import jakarta.json.Json;
import jakarta.json.JsonConfig;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Guards every request body before JSON-B reads it. A body longer than {@value #MAX_BYTES} bytes is
 * refused with 413 (the APIs' largest valid body is a few kilobytes). A JSON body read into a
 * record must be well-formed UTF-8 (or the charset its media type names), valid JSON with no member
 * given twice, and fit the record by {@link JsonBodyRules}; if not the answer is 400 naming each
 * offending field. Bodies of other types (a resource reading its body as text) get the size limit
 * only.
 *
 * <p>JAX-RS finds this provider in a WAR's {@code WEB-INF/lib}; an application whose classes are
 * listed in {@code getClasses()} (the handlers' EAR) must list it too.
 */
@Provider
public class JsonBodyInterceptor implements ReaderInterceptor {

  /** The largest request body accepted, in bytes. */
  public static final int MAX_BYTES = 64 * 1024;

  private static final String DOES_NOT_FIT = "The request body does not fit this resource.";

  private static final JsonParserFactory PARSERS = Json.createParserFactory(Map.of());

  private static final JsonReaderFactory READERS =
      Json.createReaderFactory(Map.of(JsonConfig.KEY_STRATEGY, JsonConfig.KeyStrategy.NONE));

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context)
      throws IOException, WebApplicationException {
    try {
      tooLargeIfDeclared(context.getHeaders().getFirst(HttpHeaders.CONTENT_LENGTH));
      byte[] body = readAtMost(context.getInputStream(), MAX_BYTES);
      context.setInputStream(new ByteArrayInputStream(body));
      if (body.length > 0
          && isJson(context.getMediaType())
          && JsonBodyRules.applies(context.getType())) {
        String text = decode(body, charsetOf(context.getMediaType()));
        List<Problem.FieldError> errors =
            JsonBodyRules.check(parse(text), context.getGenericType());
        if (!errors.isEmpty()) {
          throw new Rejected(Problem.invalid(DOES_NOT_FIT, errors));
        }
      }
    } catch (Rejected e) {
      throw new WebApplicationException(e.getCause(), e.problem.toResponse());
    }
    return context.proceed();
  }

  /**
   * Checks a body a resource reads as text against the record it stands for, as this interceptor
   * checks the bodies JSON-B reads; here the body must be an object, not null.
   *
   * @throws WebApplicationException 400 when it is not JSON or does not fit {@code type}
   */
  public static void check(String text, Class<?> type) {
    problemWith(text, type)
        .ifPresent(
            problem -> {
              throw new WebApplicationException(problem.toResponse());
            });
  }

  /** What is wrong with a body a resource reads as text, if anything (see {@link #check}). */
  static Optional<Problem> problemWith(String text, Class<?> type) {
    try {
      JsonValue value = parse(text);
      List<Problem.FieldError> errors =
          value.getValueType() == JsonValue.ValueType.OBJECT
              ? JsonBodyRules.check(value, type)
              : List.of(new Problem.FieldError(JsonBodyRules.BODY, "must be a JSON object."));
      return errors.isEmpty()
          ? Optional.empty()
          : Optional.of(Problem.invalid(DOES_NOT_FIT, errors));
    } catch (Rejected e) {
      return Optional.of(e.problem);
    }
  }

  /** A body refused, with the problem that says why. */
  static final class Rejected extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient Problem problem;

    Rejected(Problem problem) {
      this(problem, null);
    }

    Rejected(Problem problem, Throwable cause) {
      super(problem.detail(), cause, false, false);
      this.problem = problem;
    }
  }

  /**
   * The JSON of a body: one value, nothing after it, every member name once, nested at most 1000
   * deep (the parser's limit).
   *
   * @throws Rejected 400 when it is not JSON
   */
  static JsonValue parse(String text) {
    try {
      endsAfterOneValue(text);
      try (JsonReader reader = READERS.createReader(new StringReader(text))) {
        return reader.readValue();
      }
    } catch (Rejected e) {
      throw e;
    } catch (RuntimeException e) { // JsonException, or Parsson's "too deeply nested"
      throw new Rejected(
          Problem.of(
              Response.Status.BAD_REQUEST,
              e.getMessage() != null
                      && e.getMessage().toLowerCase(Locale.ROOT).contains("duplicate")
                  ? "The request body is not valid JSON for this resource: a member is given twice."
                  : "The request body is not valid JSON for this resource."),
          e);
    }
  }

  /** JSON-P's reader stops after the first value; a second one, e.g. {@code {}{}}, is refused. */
  private static void endsAfterOneValue(String text) {
    try (JsonParser parser = PARSERS.createParser(new StringReader(text))) {
      int depth = 0;
      do {
        JsonParser.Event event = parser.next();
        if (event == JsonParser.Event.START_OBJECT || event == JsonParser.Event.START_ARRAY) {
          depth++;
        } else if (event == JsonParser.Event.END_OBJECT || event == JsonParser.Event.END_ARRAY) {
          depth--;
        }
      } while (depth > 0);
      if (parser.hasNext()) {
        throw new Rejected(
            Problem.of(
                Response.Status.BAD_REQUEST,
                "The request body is not valid JSON for this resource: it holds more than one"
                    + " value."));
      }
    }
  }

  static void tooLargeIfDeclared(String contentLength) {
    if (contentLength == null) {
      return;
    }
    try {
      if (Long.parseLong(contentLength.trim()) > MAX_BYTES) {
        throw tooLarge();
      }
    } catch (NumberFormatException e) {
      // the web container rejects a malformed length before this runs; nothing to add here
    }
  }

  static byte[] readAtMost(InputStream in, int max) throws IOException {
    if (in == null) {
      return new byte[0];
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    int n;
    while ((n = in.read(buffer)) != -1) {
      out.write(buffer, 0, n);
      if (out.size() > max) {
        throw tooLarge();
      }
    }
    return out.toByteArray();
  }

  private static Rejected tooLarge() {
    return new Rejected(
        Problem.of(
            Response.Status.REQUEST_ENTITY_TOO_LARGE.getStatusCode(),
            "Content Too Large",
            "The request body may be at most " + MAX_BYTES + " bytes long."));
  }

  static boolean isJson(MediaType type) {
    return type != null
        && (type.getSubtype().equalsIgnoreCase("json")
            || type.getSubtype().toLowerCase(Locale.ROOT).endsWith("+json"));
  }

  static Charset charsetOf(MediaType type) {
    String name = type == null ? null : type.getParameters().get(MediaType.CHARSET_PARAMETER);
    if (name == null || name.isBlank()) {
      return StandardCharsets.UTF_8;
    }
    try {
      return Charset.forName(name.trim());
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw new Rejected(
          Problem.of(
              Response.Status.UNSUPPORTED_MEDIA_TYPE,
              "The charset of the request body is not supported; send UTF-8."));
    }
  }

  /**
   * The text of a body.
   *
   * @throws Rejected 400 when the bytes are not valid in the charset
   */
  static String decode(byte[] body, Charset charset) {
    try {
      return charset
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(body))
          .toString();
    } catch (CharacterCodingException e) {
      throw new Rejected(
          Problem.of(
              Response.Status.BAD_REQUEST,
              "The request body is not valid " + charset.name() + " text."),
          e);
    }
  }
}
