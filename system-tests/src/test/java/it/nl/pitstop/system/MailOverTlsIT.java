package it.nl.pitstop.system;

import static it.nl.pitstop.system.RemindersAndInvoicesFlowIT.MAIL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.nl.pitstop.system.StartTlsRelay.Connection;
import it.nl.pitstop.system.StartTlsRelay.Identity;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import nl.pitstop.testing.HttpJson;
import org.junit.jupiter.api.Test;

/**
 * The handlers mail as production configures them (SMTP_STARTTLS=true, a login, the relay's CA in
 * SMTP_TRUSTSTORE; docs/adr/0021, 0024), through the server's own TLS, against a relay that offers
 * STARTTLS ({@link StartTlsRelay}): while the relay presents a certificate its CA did not sign, the
 * handlers neither log in nor send, and the mail waits; once it presents the right one, the mail
 * goes out over TLS, the login after the handshake.
 */
class MailOverTlsIT {

  @Test
  void mailGoesOutOverStartTlsOnlyToTheRelayWhoseCaIsTrusted() throws Exception {
    RemindersAndInvoicesFlowIT flow = new RemindersAndInvoicesFlowIT();
    String plate = flow.registerCustomerWithVehicle();
    LocalDate day = flow.day;
    flow.oneJobFinishedOneToCome(plate, "Brakes", "Oil change");

    Path folder = Path.of(System.getProperty("pitstop.home"), "relay");
    Identity trusted = Identity.make(folder, "trusted");
    Identity stranger = Identity.make(folder, "stranger");
    Path trustStore = trusted.trustStore(folder.resolve("truststore.p12"), "relay-trust");
    try (StartTlsRelay relay = StartTlsRelay.start(stranger)) {
      Pitstop.tool(
          environment -> {
            environment.put("SMTP_HOST", "localhost");
            environment.put("SMTP_PORT", String.valueOf(relay.port()));
            environment.put("SMTP_STARTTLS", "true");
            environment.put("SMTP_AUTH", "true");
            environment.put("SMTP_TRUSTSTORE", trustStore.toString());
            environment.put("SMTP_TRUSTSTORE_PASSWORD", "relay-trust");
            // the relay tries again every 2 s instead of every 10 s: the test waits for two tries
            environment.put("PITSTOP_MAIL_POLL_INTERVAL", "PT2S");
          },
          "server",
          "restart",
          "handlers");
      try {
        HttpResponse<String> announced = RemindersAndInvoicesFlowIT.dayHasPassed(day);
        assertEquals(202, announced.statusCode(), announced.body());

        // A certificate its CA did not sign: no handshake, so no login and no mail.
        HttpJson.eventually(
            MAIL,
            "a refused handshake with the stranger's certificate",
            () -> relay.connections().stream().anyMatch(c -> c.beforeTls().contains("STARTTLS")));
        for (Connection connection : relay.connections()) {
          assertTrue(
              !connection.handshake() && connection.afterTls().isEmpty(), connection.toString());
          assertTrue(
              connection.beforeTls().stream()
                  .noneMatch(line -> line.startsWith("AUTH") || line.startsWith("MAIL")),
              "nothing but STARTTLS in clear: " + connection);
        }

        // The relay's own certificate: the reminder goes out over TLS, logged in after the
        // handshake.
        relay.present(trusted);
        HttpJson.eventually(
            MAIL,
            "the reminder to " + flow.email + " over TLS",
            () ->
                relay.connections().stream()
                    .flatMap(c -> c.mails().stream())
                    .anyMatch(mail -> mail.contains(flow.email)));
        Connection sent =
            relay.connections().stream()
                .filter(c -> c.mails().stream().anyMatch(mail -> mail.contains(flow.email)))
                .findFirst()
                .orElseThrow();
        assertTrue(sent.handshake(), sent.toString());
        assertEquals(List.of("EHLO", "STARTTLS"), commands(sent.beforeTls()), sent.toString());
        List<String> afterTls = commands(sent.afterTls());
        assertTrue(
            afterTls.indexOf("AUTH") > afterTls.indexOf("EHLO")
                && afterTls.indexOf("MAIL") > afterTls.indexOf("AUTH"),
            "EHLO again, then the login, then the mail, all over TLS: " + afterTls);
      } finally {
        Pitstop.tool("server", "restart", "handlers");
      }
    }
  }

  /** The command of each line (EHLO, AUTH, MAIL, ...). */
  static List<String> commands(List<String> lines) {
    return lines.stream().map(line -> line.split("[ :]", 2)[0].toUpperCase()).toList();
  }
}
