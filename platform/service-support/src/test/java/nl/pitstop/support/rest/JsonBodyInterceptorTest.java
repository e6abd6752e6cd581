package nl.pitstop.support.rest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JsonBodyInterceptorTest {

  record DayRequest(LocalDate date) {}

  static Problem problemOf(JsonBodyInterceptor.Rejected e) {
    return e.problem;
  }

  @Test
  void aBodyUpToTheLimitIsRead() throws Exception {
    byte[] body = new byte[JsonBodyInterceptor.MAX_BYTES];
    assertArrayEquals(
        body,
        JsonBodyInterceptor.readAtMost(
            new ByteArrayInputStream(body), JsonBodyInterceptor.MAX_BYTES));
  }

  @Test
  void aLongerBodyIsContentTooLarge() {
    byte[] body = new byte[JsonBodyInterceptor.MAX_BYTES + 1];
    JsonBodyInterceptor.Rejected e =
        assertThrows(
            JsonBodyInterceptor.Rejected.class,
            () ->
                JsonBodyInterceptor.readAtMost(
                    new ByteArrayInputStream(body), JsonBodyInterceptor.MAX_BYTES));
    assertEquals(413, e.problem.status());
    assertEquals(413, problemOf(e).status());
    assertEquals(
        413,
        assertThrows(
                JsonBodyInterceptor.Rejected.class,
                () -> JsonBodyInterceptor.tooLargeIfDeclared("1000000"))
            .problem
            .status());
    JsonBodyInterceptor.tooLargeIfDeclared("120");
  }

  @Test
  void invalidUtf8IsABadRequest() {
    byte[] body = "{\"name\": \"x\"}".getBytes(StandardCharsets.UTF_8);
    body[10] = (byte) 0xff;
    JsonBodyInterceptor.Rejected e =
        assertThrows(
            JsonBodyInterceptor.Rejected.class,
            () -> JsonBodyInterceptor.decode(body, StandardCharsets.UTF_8));
    assertEquals(400, problemOf(e).status());
    assertEquals(
        "Zoë",
        JsonBodyInterceptor.decode("Zoë".getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
  }

  @Test
  void theCharsetIsTheMediaTypesOrUtf8() {
    assertEquals(
        StandardCharsets.UTF_8, JsonBodyInterceptor.charsetOf(MediaType.APPLICATION_JSON_TYPE));
    assertEquals(
        StandardCharsets.ISO_8859_1,
        JsonBodyInterceptor.charsetOf(
            new MediaType("application", "json", Map.of("charset", "ISO-8859-1"))));
    JsonBodyInterceptor.Rejected e =
        assertThrows(
            JsonBodyInterceptor.Rejected.class,
            () ->
                JsonBodyInterceptor.charsetOf(
                    new MediaType("application", "json", Map.of("charset", "no-such-charset"))));
    assertEquals(415, e.problem.status());
  }

  @Test
  void jsonMediaTypesAreRecognised() {
    assertEquals(true, JsonBodyInterceptor.isJson(MediaType.APPLICATION_JSON_TYPE));
    assertEquals(
        true, JsonBodyInterceptor.isJson(new MediaType("application", "merge-patch+json")));
    assertEquals(false, JsonBodyInterceptor.isJson(MediaType.TEXT_PLAIN_TYPE));
    assertEquals(false, JsonBodyInterceptor.isJson(null));
  }

  @Test
  void malformedJsonAndDuplicateMembersAreBadRequests() {
    for (String body :
        new String[] {
          "{\"date\":",
          "{'date': 1}",
          "{\"date\": \"a\", \"date\": \"b\"}",
          "{}{}",
          "{} []",
          "[]x",
          "[".repeat(2000) + "]".repeat(2000),
          "",
          "   "
        }) {
      JsonBodyInterceptor.Rejected e =
          assertThrows(
              JsonBodyInterceptor.Rejected.class, () -> JsonBodyInterceptor.parse(body), body);
      assertEquals(400, e.problem.status(), body);
    }
  }

  @Test
  void oneValueIsJson() {
    assertEquals("{\"a\":[1,{}]}", JsonBodyInterceptor.parse(" {\"a\": [1, {}]} \n").toString());
    assertEquals("\"x\"", JsonBodyInterceptor.parse("\"x\"").toString());
  }

  @Test
  void aTextBodyIsCheckedAgainstItsRecord() {
    assertEquals(
        Optional.empty(),
        JsonBodyInterceptor.problemWith("{\"date\": \"2026-12-01\"}", DayRequest.class));
    for (String body :
        new String[] {"null", "[]", "{\"date\": 1}", "{\"day\": \"2026-12-01\"}", "{"}) {
      assertEquals(
          400,
          JsonBodyInterceptor.problemWith(body, DayRequest.class).orElseThrow().status(),
          body);
    }
  }
}
