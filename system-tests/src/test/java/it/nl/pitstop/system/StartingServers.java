package it.nl.pitstop.system;

import java.io.IOException;
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
 * <p>A server is down when a request to it was refused at the connection; only then is its
 * readiness probed, until it answers 200, so that the servers that serve get no probes on top of
 * the load. A server that was ready and then answers its readiness with 503 (the database down) is
 * not starting: it must go on answering in time.
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

  /** Whether the server of this request's port is starting, as far as is known. */
  boolean starting(URI request) {
    return starting.getOrDefault(request.getPort(), false);
  }

  /** A request to this server was refused at the connection: it is down. */
  void refused(URI request) {
    starting.replace(request.getPort(), true);
  }

  /** Probes the readiness of each server that is starting, once. */
  void probe() {
    for (URI server : servers) {
      if (!starting(server)) {
        continue;
      }
      HttpRequest ready =
          HttpRequest.newBuilder(server.resolve("/health/ready")).timeout(PROBE_TIMEOUT).build();
      try {
        if (client.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          starting.put(server.getPort(), false);
        }
      } catch (IOException notYet) {
        // still down, or no answer in time: still starting
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}
