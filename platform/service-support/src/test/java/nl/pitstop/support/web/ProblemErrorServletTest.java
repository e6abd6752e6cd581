package nl.pitstop.support.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

class ProblemErrorServletTest {

  @Test
  void theBodyIsAProblemWithTheContainersStatus() {
    JsonObject body = ProblemErrorServlet.body(400);
    assertEquals(400, body.getInt("status"));
    assertEquals("Bad Request", body.getString("title"));
    assertEquals("about:blank", body.getString("type"));
    assertEquals("Not Found", ProblemErrorServlet.body(404).getString("title"));
    assertEquals("Method Not Allowed.", ProblemErrorServlet.body(405).getString("detail"));
  }

  @Test
  void anUnknownCodeStillHasATitle() {
    assertEquals("Bad Request", ProblemErrorServlet.body(499).getString("title"));
    assertEquals(499, ProblemErrorServlet.body(499).getInt("status"));
  }

  @Test
  void withoutAnErrorTheServletAnswersNotFound() {
    assertEquals(404, ProblemErrorServlet.statusOf(null));
    assertEquals(404, ProblemErrorServlet.statusOf(200));
    assertEquals(414, ProblemErrorServlet.statusOf(414));
  }
}
