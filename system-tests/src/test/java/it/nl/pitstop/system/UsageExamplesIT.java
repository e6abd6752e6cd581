package it.nl.pitstop.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.pitstop.testing.HttpJson;
import nl.pitstop.testing.ServiceTls;
import nl.pitstop.testing.Staff;
import org.junit.jupiter.api.Test;

/**
 * The {@code curl} examples of the user guide (docs/using.md) work as a user pastes them after
 * {@code ./pitstop start}: every {@code bash} block there that calls {@code curl} runs, in order,
 * in one bash, from the repository's root, with {@code curl} failing on any HTTP error (4xx, 5xx).
 * The tokens come from {@code ./pitstop token} as the guide shows; the customer, vehicle and job
 * the examples made are then checked through the APIs.
 */
@SideBySide
class UsageExamplesIT {

  static final Pattern BASH_BLOCK = Pattern.compile("(?s)```bash\\n(.*?)```");

  static List<String> curlExamples(String readme) {
    List<String> blocks = new ArrayList<>();
    Matcher block = BASH_BLOCK.matcher(readme);
    while (block.find()) {
      if (block.group(1).contains("curl ")) {
        blocks.add(block.group(1));
      }
    }
    return blocks;
  }

  @Test
  void everyCurlExampleOfTheUserGuideWorksWhenPasted() throws Exception {
    Path root = Path.of(System.getProperty("pitstop.root"));
    List<String> examples =
        curlExamples(Files.readString(root.resolve("docs/using.md"), StandardCharsets.UTF_8));
    assertTrue(examples.size() >= 3, "the user guide's curl examples: " + examples.size());

    // The system tests run the APIs over HTTPS (docs/adr/0024): the examples' API addresses get the
    // scheme, and curl the local CA, as the user guide says for SERVICE_TLS=true.
    String trust = ServiceTls.on() ? " --cacert " + Staff.secrets().resolve("service-ca.pem") : "";
    StringBuilder script =
        new StringBuilder(
            "set -euo pipefail\n"
                + "curl() { command curl --fail-with-body --no-progress-meter --max-time 20"
                + trust
                + " \"$@\"; }\n");
    for (int i = 0; i < examples.size(); i++) {
      String example = ServiceTls.on() ? overHttps(examples.get(i)) : examples.get(i);
      script.append(example).append("echo; echo '### example ").append(i + 1);
      script.append(" done'\n");
    }
    script.append("echo \"### made CUSTOMER=$CUSTOMER PLATE=$PLATE DAY=$DAY JOB=$JOB\"\n");
    ProcessBuilder bash =
        new ProcessBuilder("bash", "-c", script.toString())
            .directory(root.toFile())
            .redirectErrorStream(true);
    bash.environment().put("PITSTOP_HOME", System.getProperty("pitstop.home"));
    Process process = bash.start();
    process.getOutputStream().close();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(3, TimeUnit.MINUTES), "the examples finish");
    assertEquals(0, process.exitValue(), "the user guide's examples failed:\n" + output);

    assertEquals(
        3, count(output, "HTTP/1.1 201"), "a customer, a vehicle and a job created:\n" + output);
    assertEquals(1, count(output, "HTTP/1.1 202"), "a day announced:\n" + output);
    assertTrue(output.contains("Pitstop Garage Invoice #"), "the invoice mail read:\n" + output);
    Map<String, String> made = made(output);
    JsonObject customer =
        HttpJson.ok(Pitstop.CUSTOMER.get("api/customers/" + made.get("CUSTOMER"))).asJsonObject();
    assertEquals("jan@example.com", customer.getString("emailAddress"));
    JsonObject vehicle =
        HttpJson.ok(Pitstop.VEHICLE.get("api/vehicles/" + made.get("PLATE"))).asJsonObject();
    assertEquals(made.get("CUSTOMER"), vehicle.getString("ownerId"));
    JsonObject job =
        HttpJson.ok(
                Pitstop.WORKSHOP.get(
                    "api/workshopplanning/" + made.get("DAY") + "/jobs/" + made.get("JOB")))
            .asJsonObject();
    assertEquals("Done", job.getString("notes"), "the job was finished: " + job);
  }

  /**
   * The example with the APIs' addresses in HTTPS: localhost:5100 becomes https://localhost:5100.
   */
  static String overHttps(String example) {
    return example.replaceAll(
        "(?<![/\\w])localhost:(5100|5000|5200|5300)\\b", "https://localhost:$1");
  }

  static int count(String text, String part) {
    return text.split(Pattern.quote(part), -1).length - 1;
  }

  static Map<String, String> made(String output) {
    Matcher line = Pattern.compile("### made (.*)").matcher(output);
    assertTrue(line.find(), output);
    Map<String, String> made = new HashMap<>();
    for (String pair : line.group(1).trim().split(" ")) {
      String[] nameValue = pair.split("=", 2);
      made.put(nameValue[0], nameValue[1]);
    }
    return made;
  }
}
