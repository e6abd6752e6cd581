package nl.pitstop.support.health;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * {@value #PATH}: the broker's state as a health check of its own, outside {@code /health/ready}
 * (docs/adr/0015). The body is what MicroProfile Health answers, with the one check {@code broker};
 * 200 while the broker is UP, 503 while it is DOWN. Open like {@code /health}; every request probes
 * the broker, within the check's deadline. Mapped by this jar's {@code web-fragment.xml} (the
 * handlers' {@code web.xml} repeats the entry).
 */
public class BrokerStatusServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  public static final String PATH = "/status/broker";

  @Inject BrokerCheck broker;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    HealthCheckResponse check = broker.call();
    byte[] body = body(check).toString().getBytes(StandardCharsets.UTF_8);
    response.setStatus(status(check));
    response.setContentType("application/json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setHeader("Cache-Control", "no-store");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  /** 200 for UP, 503 for DOWN, as MicroProfile Health answers. */
  static int status(HealthCheckResponse check) {
    return check.getStatus() == HealthCheckResponse.Status.UP
        ? HttpServletResponse.SC_OK
        : HttpServletResponse.SC_SERVICE_UNAVAILABLE;
  }

  /** MicroProfile Health's JSON: the overall status and the check with its data. */
  static JsonObject body(HealthCheckResponse check) {
    JsonObjectBuilder entry =
        Json.createObjectBuilder()
            .add("name", check.getName())
            .add("status", check.getStatus().name());
    check
        .getData()
        .filter(data -> !data.isEmpty())
        .ifPresent(data -> entry.add("data", data(data)));
    return Json.createObjectBuilder()
        .add("status", check.getStatus().name())
        .add("checks", Json.createArrayBuilder().add(entry))
        .build();
  }

  private static JsonObjectBuilder data(Map<String, Object> data) {
    JsonObjectBuilder json = Json.createObjectBuilder();
    data.forEach(
        (key, value) -> {
          if (value instanceof Boolean flag) {
            json.add(key, flag);
          } else if (value instanceof Long number) {
            json.add(key, number);
          } else {
            json.add(key, String.valueOf(value));
          }
        });
    return json;
  }
}
