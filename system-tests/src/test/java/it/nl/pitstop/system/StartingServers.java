package it.nl.pitstop.system;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which servers are starting: down (the connection refused) or, since they were last down, not yet
 * ready ({@code /health/ready}). A Service on OpenShift sends a pod no request until its readiness
 * probe passes, so a request to a starting server is one production never makes; the fault tests
 * send them anyway, to see that a starting server refuses at the connection or answers as the
 * application. Only their time is not held against the server: a server that has just opened its
 * port may still be initialising what its first requests need (docs/testing.md).
 *
 * <p>A server that was ready and then answers its readiness with 503 (the database down) is not
 * starting: it must go on answering in time.
 */
final class StartingServers {

  private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(2);

  private final HttpClient client;
  private final Map<Integer, Boolean> starting = new ConcurrentHashMap<>();
  private final List<URI> servers;

  /** Tracks these servers (base URIs), all of them ready now. */
  StartingServers(HttpClient client, List<URI> servers) {
    this.client = client;
    this.servers = List.copyOf(servers);
    servers.forEach(server -> starting.put(server.getPort(), false));
  }

  /** Whether the server of this request's port was starting when last probed. */
  boolean starting(URI request) {
    return starting.getOrDefault(request.getPort(), false);
  }

  /** Probes each server's readiness once. */
  void probe() {
    for (URI server : servers) {
      HttpRequest ready =
          HttpRequest.newBuilder(server.resolve("/health/ready")).timeout(PROBE_TIMEOUT).build();
      try {
        if (client.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          starting.put(server.getPort(), false);
        }
      } catch (ConnectException down) {
        starting.put(server.getPort(), true);
      } catch (IOException notNow) {
        // no answer in time, or the connection broke: no news of its state
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}
