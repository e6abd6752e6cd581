package it.nl.pitstop.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A server's life as the fault tests see it, played by a small HTTP server of the JDK. */
class StartingServersTest {

  final AtomicInteger readiness = new AtomicInteger(200);
  final AtomicInteger probes = new AtomicInteger();
  HttpServer server;

  @AfterEach
  void stop() {
    if (server != null) {
      server.stop(0);
    }
  }

  @Test
  void startingFromARefusedConnectionUntilReadyButNotWhenAReadyServerFails() throws Exception {
    server = serve(0);
    int port = server.getAddress().getPort();
    URI base = URI.create("http://127.0.0.1:" + port + "/");
    URI request = base.resolve("api/auditlog?size=1");
    StartingServers servers = new StartingServers(HttpClient.newHttpClient(), List.of(base));
    assertFalse(servers.starting(request), "ready");

    readiness.set(503); // ready before, now its database is down
    servers.probe();
    assertFalse(servers.starting(request), "a ready server whose database is down");
    assertEquals(0, probes.get(), "a server that is not starting is not probed");

    server.stop(0); // killed: the next request is refused at the connection
    servers.refused(request);
    servers.probe();
    assertTrue(servers.starting(request), "down");

    server = serve(port); // started again: its port open, not ready yet
    servers.probe();
    assertTrue(servers.starting(request), "up but not ready since it was down");

    readiness.set(200);
    servers.probe();
    assertFalse(servers.starting(request), "ready again");
    assertEquals(2, probes.get(), "probed while starting only");

    URI untracked = URI.create("http://127.0.0.1:1/");
    servers.refused(untracked);
    assertFalse(servers.starting(untracked), "a server it does not track");
  }

  HttpServer serve(int port) throws IOException {
    HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
    http.createContext(
        "/health/ready",
        exchange -> {
          probes.incrementAndGet();
          exchange.sendResponseHeaders(readiness.get(), -1);
          exchange.close();
        });
    http.start();
    return http;
  }
}
