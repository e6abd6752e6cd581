package it.nl.pitstop.system;

import jakarta.json.Json;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * The local broker's management, through the Jolokia agent of its console (which checks the
 * request's Origin): what the fault tests and their diagnostics ask the broker itself.
 */
final class BrokerConsole {

  static final String BROKER = "org.apache.activemq.artemis:broker=%22pitstop%22";

  private BrokerConsole() {}

  /**
   * @param name a handler's subscription, e.g. "auditlog"
   * @return the MBean of its queue on the events address
   */
  static String subscription(String name) {
    return BROKER
        + ",component=addresses,address=%22pitstop.events%22,subcomponent=queues,"
        + "routing-type=%22multicast%22,queue=%22pitstop-handlers."
        + name
        + "%22";
  }

  /**
   * A number the queue of a handler's subscription reports now.
   *
   * @param attribute e.g. "ConsumerCount", "DeliveringCount", "MessageCount"
   */
  static long attribute(String subscription, String attribute) throws Exception {
    String body = request("read/" + subscription(subscription) + "/" + attribute);
    return Json.createReader(new StringReader(body))
        .readObject()
        .getJsonNumber("value")
        .longValue();
  }

  /** An operation without arguments, e.g. "listGroupsAsJSON()"; its whole answer. */
  static String exec(String mbean, String operation) throws Exception {
    return request("exec/" + mbean + "/" + operation);
  }

  private static String request(String path) throws Exception {
    String console =
        "http://127.0.0.1:" + System.getenv().getOrDefault("ARTEMIS_CONSOLE_PORT", "8161");
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(console + "/console/jolokia/" + path))
            .header("Origin", "http://127.0.0.1")
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder()
                        .encodeToString("pitstop:pitstop".getBytes(StandardCharsets.UTF_8)))
            .timeout(Duration.ofSeconds(20))
            .build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
  }
}
