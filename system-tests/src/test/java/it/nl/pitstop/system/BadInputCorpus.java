package it.nl.pitstop.system;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonPointer;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import nl.pitstop.testing.HttpJson;

/**
 * Generates bad requests: from a valid JSON body and the description of its fields, every body that
 * must be refused (malformed and truncated JSON, other JSON types, missing and extra fields, huge
 * and control-character text, values of the wrong format, injection strings where a format forbids
 * them, other media types, bodies over the size limit), and for an API its unknown routes and
 * methods. Every case is invalid by construction: a value a field accepts is never generated.
 */
final class BadInputCorpus {

  /** The largest body the APIs accept (service-support's JsonBodyInterceptor). */
  static final int MAX_BODY = 64 * 1024;

  private static final String HOLE = "@@value@@";

  private BadInputCorpus() {}

  /** One request that must be answered with a 4xx problem. */
  record Case(
      String name,
      HttpJson server,
      String method,
      String path,
      String contentType,
      byte[] body,
      Expect expect) {

    Case(
        String name, HttpJson server, String method, String path, String contentType, String body) {
      this(
          name,
          server,
          method,
          path,
          contentType,
          body == null ? null : body.getBytes(StandardCharsets.UTF_8),
          Expect.PROBLEM);
    }

    @Override
    public String toString() {
      return method + " " + path + ": " + name;
    }
  }

  /** What the answer must be. */
  enum Expect {
    /** A 4xx with a problem body whose status is the answer's. */
    PROBLEM,
    /**
     * 400 from Liberty's web container before any application is chosen: a request path with an
     * encoded control character (%00-%1F, %7F) fails the servlet 6.0 URI canonicalization in
     * WebContainer.handleRequest (RequestUtils.canonicalizeURI, sendBadRequestResponse), which
     * answers with a fixed text/html page (CWWWC0005I) that no application error page can replace.
     */
    CONTAINER_400
  }

  /** The kind of a field, which decides its invalid values. */
  enum Kind {
    TEXT,
    DATE,
    DATE_TIME,
    UUID,
    OBJECT
  }

  /**
   * A field of a body.
   *
   * @param pointer its JSON pointer, e.g. {@code /customerInfo/name}
   * @param required whether missing, null and blank are invalid
   * @param maxLength its longest valid text; 0 if its format limits it
   * @param invalid further values its format forbids, as JSON strings
   */
  record Field(String pointer, Kind kind, boolean required, int maxLength, List<String> invalid) {

    static Field text(String pointer, boolean required, int maxLength, String... invalid) {
      return new Field(pointer, Kind.TEXT, required, maxLength, List.of(invalid));
    }

    static Field of(String pointer, Kind kind, boolean required) {
      return new Field(pointer, kind, required, 0, List.of());
    }
  }

  /** JSON values of another type than a string or an object. */
  static final List<String> NOT_TEXT =
      List.of("0", "-1.5", "1e400", "true", "false", "[]", "[\"x\"]", "{}", "{\"value\": \"x\"}");

  /** Text with characters no form can send, as JSON strings (escapes). */
  static final List<String> CONTROL_TEXT =
      List.of(
          "\"a\\u0000b\"",
          "\"bell\\u0007\"",
          "\"\\u001b[2Jclear\"",
          "\"del\\u007f\"",
          "\"next line\\u0085\"",
          "\"half \\ud800 pair\"",
          "\"\\udfff\"");

  static final List<String> INVALID_DATE_TIMES =
      List.of(
          "\"2026-02-30T08:00\"",
          "\"2026-13-01T08:00\"",
          "\"2026-12-01T25:00\"",
          "\"2026-12-01T08:61\"",
          "\"2026-12-01\"",
          "\"08:00\"",
          "\"tomorrow at eight\"",
          "\"2026-12-01 08:00\"",
          "\"2026-12-01T08:00'; DROP TABLE events;--\"",
          "\"\"");

  /** Not dates; no empty string, which an optional date might read as absent. */
  static final List<String> INVALID_DATES =
      List.of(
          "\"2026-02-30\"",
          "\"2026-13-01\"",
          "\"2026-1-1\"",
          "\"01-12-2026\"",
          "\"tomorrow\"",
          "\"2026-12-01T08:00\"",
          "\"2026-12-01'; DROP TABLE invoice;--\"");

  static final List<String> INVALID_UUIDS =
      List.of(
          "\"not-a-uuid\"",
          "\"00000000-0000-0000-0000-00000000000g\"",
          "\"00000000-0000-0000-0000\"",
          "\"{5b0f5f48-3c5a-4a1e-9a47-7cbd6c4d7a10}\"",
          "\"5b0f5f48-3c5a-4a1e-9a47-7cbd6c4d7a10-extra\"",
          "\"' OR 1=1 --\"",
          "\"\"");

  /**
   * Every bad body for an endpoint whose valid body is {@code valid}: syntax, structure, each
   * field, media types and size.
   *
   * @param bodyRequired whether an empty body and {@code {}} are invalid
   * @param jsonOnly whether the endpoint reads JSON only (then the valid body under another media
   *     type or charset is a case; an endpoint reading any text would accept it)
   */
  static List<Case> bodies(
      HttpJson server,
      String method,
      String path,
      JsonObject valid,
      List<Field> fields,
      boolean bodyRequired,
      boolean jsonOnly) {
    List<Case> cases = new ArrayList<>();
    String json = valid.toString();
    for (String[] syntax : syntax(json, bodyRequired)) {
      cases.add(new Case("syntax: " + syntax[0], server, method, path, JSON, syntax[1]));
    }
    for (String[] extra : extraMembers(valid, fields)) {
      cases.add(new Case("extra field: " + extra[0], server, method, path, JSON, extra[1]));
    }
    for (Field field : fields) {
      for (String[] value : invalidValues(field)) {
        String name = field.pointer() + " " + value[0];
        String body = value[1] == null ? without(valid, field) : with(valid, field, value[1]);
        cases.add(new Case(name, server, method, path, JSON, body));
      }
    }
    cases.addAll(encodings(server, method, path, json, jsonOnly));
    if (jsonOnly) {
      cases.addAll(mediaTypes(server, method, path, json));
    }
    return cases;
  }

  static final String JSON = "application/json";

  private static List<String[]> syntax(String json, boolean bodyRequired) {
    List<String[]> cases = new ArrayList<>();
    if (bodyRequired) {
      cases.add(new String[] {"empty body", ""});
      cases.add(new String[] {"empty object", "{}"});
      cases.add(new String[] {"null", "null"});
      cases.add(new String[] {"whitespace only", " \n\t "});
    }
    for (String literal :
        List.of(
            "[1, 2]",
            "[" + json + "]",
            "\"a string\"",
            "42",
            "true",
            "{",
            "}",
            "{\"",
            "{'name': 'single quotes'}",
            "{name: \"unquoted\"}",
            "{\"a\": 1,}",
            "{\"a\": NaN}",
            "{\"a\": undefined}",
            "{/* comment */}",
            "<customer><name>xml</name></customer>",
            "name=form&city=encoded",
            json + json,
            json + "garbage",
            "\u0000\u0000\u0000",
            "[".repeat(5000) + "]".repeat(5000),
            "{\"a\":".repeat(3000) + "1" + "}".repeat(3000))) {
      cases.add(new String[] {abbreviate(literal), literal});
    }
    // truncated: every quarter of the valid body and all but its last character
    IntStream.of(1, json.length() / 4, json.length() / 2, json.length() * 3 / 4, json.length() - 1)
        .distinct()
        .forEach(
            n -> cases.add(new String[] {"truncated to " + n + " chars", json.substring(0, n)}));
    // the same member twice
    int comma = json.indexOf(',');
    String first =
        comma < 0 ? json.substring(1, json.length() - 1) + "," : json.substring(1, comma + 1);
    cases.add(new String[] {"a member given twice", "{" + first + json.substring(1)});
    return cases;
  }

  private static List<String[]> extraMembers(JsonObject valid, List<Field> fields) {
    List<String[]> cases = new ArrayList<>();
    for (String member :
        List.of(
            "\"extra\": \"x\"",
            "\"loyaltyLevel\": 3",
            "\"id\": 1",
            "\"__proto__\": {\"admin\": true}",
            "\"<script>\": \"alert(1)\"",
            "\"\": \"\"")) {
      String json = valid.toString();
      cases.add(new String[] {member, "{" + member + "," + json.substring(1)});
    }
    String firstKey = valid.keySet().iterator().next();
    String json = valid.toString();
    cases.add(
        new String[] {
          "field name in upper case",
          json.replaceFirst("\"" + firstKey + "\"", "\"" + firstKey.toUpperCase() + "\"")
        });
    for (Field field : fields) {
      if (field.kind() == Kind.OBJECT) {
        JsonObject nested = (JsonObject) Json.createPointer(field.pointer()).getValue(valid);
        String body =
            with(
                valid,
                field,
                Json.createObjectBuilder(nested).add("extra", "x").build().toString());
        cases.add(new String[] {field.pointer() + "/extra", body});
      }
    }
    return cases;
  }

  /** Invalid values of a field as {name, JSON value}; a null value means the field is left out. */
  private static List<String[]> invalidValues(Field field) {
    List<String[]> values = new ArrayList<>();
    if (field.required()) {
      values.add(new String[] {"missing", null});
      values.add(new String[] {"null", "null"});
      if (field.kind() == Kind.TEXT) {
        values.add(new String[] {"empty", "\"\""});
        values.add(new String[] {"blank", "\"  \\t \""});
      }
    }
    if (field.kind() == Kind.OBJECT) {
      for (String value : List.of("\"text\"", "1", "true", "[]", "[{}]")) {
        values.add(new String[] {"= " + value, value});
      }
      return values;
    }
    for (String value : NOT_TEXT) {
      values.add(new String[] {"= " + value, value});
    }
    for (String value : CONTROL_TEXT) {
      values.add(new String[] {"= " + value, value});
    }
    if (field.maxLength() > 0) {
      values.add(
          new String[] {
            "one character too long (" + (field.maxLength() + 1) + ")",
            quoted("x".repeat(field.maxLength() + 1))
          });
      values.add(new String[] {"huge (60000 characters of markup)", quoted("<b>".repeat(20_000))});
      values.add(new String[] {"huge (10000 emoji)", quoted("🚗".repeat(10_000))});
    }
    List<String> formats =
        switch (field.kind()) {
          case DATE -> INVALID_DATES;
          case DATE_TIME -> INVALID_DATE_TIMES;
          case UUID -> INVALID_UUIDS;
          default -> field.invalid();
        };
    for (String value : formats) {
      values.add(new String[] {"= " + abbreviate(value), value});
    }
    return values;
  }

  private static List<Case> encodings(
      HttpJson server, String method, String path, String json, boolean jsonOnly) {
    List<Case> cases = new ArrayList<>();
    byte[] utf8 = json.getBytes(StandardCharsets.UTF_8);
    cases.add(
        new Case(
            "invalid UTF-8 (0xff in a string)",
            server,
            method,
            path,
            JSON,
            replaceFirstQuoteContent(utf8, new byte[] {(byte) 0xff, (byte) 0xfe}),
            Expect.PROBLEM));
    cases.add(
        new Case(
            "overlong UTF-8 encoding of '.'",
            server,
            method,
            path,
            JSON,
            replaceFirstQuoteContent(utf8, new byte[] {(byte) 0xc0, (byte) 0xae}),
            Expect.PROBLEM));
    cases.add(
        new Case(
            "truncated UTF-8 sequence",
            server,
            method,
            path,
            JSON,
            replaceFirstQuoteContent(utf8, new byte[] {(byte) 0xe2, (byte) 0x82}),
            Expect.PROBLEM));
    cases.add(
        new Case(
            "UTF-16 sent as UTF-8",
            server,
            method,
            path,
            JSON,
            json.getBytes(StandardCharsets.UTF_16),
            Expect.PROBLEM));
    if (jsonOnly) {
      cases.add(
          new Case(
              "unknown charset",
              server,
              method,
              path,
              "application/json; charset=klingon",
              utf8,
              Expect.PROBLEM));
    }
    String padded = json.substring(0, json.length() - 1) + " ".repeat(MAX_BODY) + "}";
    cases.add(new Case("valid JSON over 64 KiB", server, method, path, JSON, padded));
    cases.add(
        new Case(
            "a 1 MB string",
            server,
            method,
            path,
            JSON,
            "{\"x\": \"" + "x".repeat(1 << 20) + "\"}"));
    return cases;
  }

  private static List<Case> mediaTypes(HttpJson server, String method, String path, String json) {
    List<Case> cases = new ArrayList<>();
    for (String type :
        List.of(
            "text/plain",
            "application/xml",
            "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=x",
            "application/octet-stream",
            "text/html",
            "not a media type")) {
      cases.add(new Case("valid JSON as " + type, server, method, path, type, json));
    }
    return cases;
  }

  /** Requests with other methods, unknown routes and invalid request URIs for an API. */
  /**
   * The bad queries of a paged list (docs/adr/0019): pages and sizes out of range, negative, huge
   * or not numbers, and, where it searches, a search too long or of too many words.
   */
  static List<Case> paging(HttpJson server, String path, boolean searches) {
    List<String> queries =
        new ArrayList<>(
            List.of(
                "page=-1",
                "page=1000001",
                "page=99999999999999999999",
                "page=abc",
                "page=1.5",
                "size=0",
                "size=-1",
                "size=201",
                "size=1e3",
                "size=99999999999999999999",
                "page=0&size=0"));
    if (searches) {
      queries.add("search=" + "x".repeat(101));
      queries.add("search=a+b+c+d+e+f");
      queries.add("search=%25+_+%5C+%27+--+x");
    }
    List<Case> cases = new ArrayList<>();
    for (String query : queries) {
      cases.add(new Case("bad paging", server, "GET", path + "?" + query, null, (String) null));
    }
    return cases;
  }

  static List<Case> routes(HttpJson server, List<String> collections, List<String> items) {
    List<Case> cases = new ArrayList<>();
    for (String path : collections) {
      for (String method : List.of("PUT", "DELETE", "PATCH", "TRACE", "FROB")) {
        cases.add(new Case("method " + method, server, method, path, JSON, "{}"));
      }
    }
    for (String path : items) {
      for (String method : List.of("POST", "DELETE", "PATCH", "FROB")) {
        cases.add(new Case("method " + method, server, method, path, JSON, "{}"));
      }
    }
    String api = collections.get(0);
    for (String unknown :
        List.of(
            "api/nothing-here",
            "api",
            "not-the-api",
            "index.html",
            "WEB-INF/web.xml",
            "META-INF/MANIFEST.MF",
            api + "/x/y/z",
            api.toUpperCase(),
            api + "/..%2F..%2Fetc%2Fpasswd",
            api + "/%2e%2e/%2e%2e/WEB-INF/web.xml",
            api + "/a%5Cb",
            api + "/%ff%fe",
            api + "/%c0%ae%c0%ae",
            api + "/" + "x".repeat(6000))) {
      cases.add(new Case("unknown route", server, "GET", unknown, null, (String) null));
    }
    for (String control : List.of("%00", "%01", "%0a", "%0d%0aSet-Cookie:%20x=1", "%1b", "%7f")) {
      cases.add(
          new Case(
              "encoded control character",
              server,
              "GET",
              api + "/a" + control + "b",
              null,
              null,
              Expect.CONTAINER_400));
    }
    return cases;
  }

  /** Ids for {@code GET <path>/{id}} that name nothing: injection, markup, huge, odd encodings. */
  static List<String> hostileIds() {
    return List.of(
        "does-not-exist",
        "'%20OR%20'1'='1",
        "1;DROP%20TABLE%20customer",
        "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
        "%22%3E%3Cimg%20src%3Dx%3E",
        "%C3%A9%F0%9F%9A%97",
        "..",
        "x".repeat(4000),
        "%25",
        "%20",
        "null",
        "-1",
        "$%7Bjndi:ldap:%2F%2Fx%7D");
  }

  static String quoted(String text) {
    return Json.createValue(text).toString();
  }

  private static String with(JsonObject valid, Field field, String rawValue) {
    JsonPointer pointer = Json.createPointer(field.pointer());
    JsonObject holed = pointer.replace(valid, Json.createValue(HOLE));
    return holed.toString().replace(quoted(HOLE), rawValue);
  }

  private static String without(JsonObject valid, Field field) {
    return Json.createPointer(field.pointer()).remove(valid).toString();
  }

  /** The body with the content of its first string value replaced by raw bytes. */
  private static byte[] replaceFirstQuoteContent(byte[] json, byte[] raw) {
    int colon = indexOf(json, (byte) ':', 0);
    int open = indexOf(json, (byte) '"', colon);
    int close = indexOf(json, (byte) '"', open + 1);
    byte[] out = new byte[open + 1 + raw.length + json.length - close];
    System.arraycopy(json, 0, out, 0, open + 1);
    System.arraycopy(raw, 0, out, open + 1, raw.length);
    System.arraycopy(json, close, out, open + 1 + raw.length, json.length - close);
    return out;
  }

  private static int indexOf(byte[] bytes, byte b, int from) {
    for (int i = from; i < bytes.length; i++) {
      if (bytes[i] == b) {
        return i;
      }
    }
    throw new IllegalArgumentException("no " + (char) b);
  }

  static String abbreviate(String text) {
    String visible = text.replaceAll("\\p{Cntrl}", "?");
    return visible.length() <= 60
        ? visible
        : visible.substring(0, 50) + "... (" + text.length() + " chars)";
  }

  /** A raw JSON value that must be a string holding the value. */
  static JsonValue text(String value) {
    return Json.createValue(value);
  }
}
