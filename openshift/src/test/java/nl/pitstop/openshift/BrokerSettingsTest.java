package nl.pitstop.openshift;

import static nl.pitstop.openshift.Manifests.at;
import static nl.pitstop.openshift.Manifests.list;
import static nl.pitstop.openshift.Manifests.map;
import static nl.pitstop.openshift.Manifests.name;
import static nl.pitstop.openshift.Manifests.named;
import static nl.pitstop.openshift.Manifests.ofKind;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The broker settings (redelivery back-off, dead-letter and expiry addresses, duplicate detection)
 * are the same for the local broker and the OpenShift dev broker: what pitstop.sh's create_broker
 * puts into the local instance's etc/broker.properties (run here with a stand-in for {@code
 * artemis}) is, byte for byte, the ConfigMap the rendered dev overlays mount into the Artemis
 * container and give to {@code artemis run --properties}.
 */
class BrokerSettingsTest {

  static final String EVENTS = "addressSettings.\"pitstop.events#\".";

  /** The settings openshift/README.md asks of every broker, production's included. */
  static final Map<String, String> REQUIRED =
      Map.ofEntries(
          Map.entry(EVENTS + "redeliveryDelay", "1000"),
          Map.entry(EVENTS + "redeliveryMultiplier", "2"),
          Map.entry(EVENTS + "maxRedeliveryDelay", "60000"),
          Map.entry(EVENTS + "maxDeliveryAttempts", "10"),
          Map.entry(EVENTS + "deadLetterAddress", "DLQ"),
          Map.entry(EVENTS + "expiryAddress", "ExpiryQueue"),
          Map.entry(EVENTS + "autoCreateAddresses", "true"),
          Map.entry(EVENTS + "autoCreateQueues", "true"),
          Map.entry("IDCacheSize", "100000"),
          Map.entry("persistIDCache", "true"));

  @TempDir Path temp;

  @ParameterizedTest
  @ValueSource(strings = {"dev", "dev-mesh"})
  void theDevBrokerLoadsTheSettingsTheLocalBrokerGets(String overlay) {
    String local = createBroker(false);
    List<Map<String, Object>> objects = Manifests.render("overlays/" + overlay);

    Map<String, Object> artemis = named(objects, "StatefulSet", "artemis");
    Map<String, Object> container =
        list(at(artemis, "spec", "template", "spec", "containers")).stream()
            .map(Manifests::map)
            .filter(c -> "artemis".equals(c.get("name")))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no container artemis"));
    assertNull(container.get("command"), "the image's entry point creates the instance");
    List<Object> args = list(container.get("args"));
    assertEquals(
        "run", args.isEmpty() ? null : args.get(0), "the entry point runs artemis " + args);
    int option = args.indexOf("--properties");
    assertTrue(option > 0 && option + 1 < args.size(), "artemis run --properties FILE: " + args);
    String file = (String) args.get(option + 1);

    String mounted = null;
    for (Object mount : list(container.get("volumeMounts"))) {
      Map<String, Object> volume =
          list(at(artemis, "spec", "template", "spec", "volumes")).stream()
              .map(Manifests::map)
              .filter(v -> v.get("name").equals(at(mount, "name")))
              .findFirst()
              .orElse(Map.of());
      Object configMapName = at(volume, "configMap", "name");
      if (configMapName == null) {
        continue;
      }
      Map<String, Object> configMap = named(objects, "ConfigMap", (String) configMapName);
      for (Map.Entry<String, Object> entry : map(configMap.get("data")).entrySet()) {
        String path = fileInVolume(volume, entry.getKey());
        Object subPath = at(mount, "subPath");
        String seenAt =
            subPath == null
                ? at(mount, "mountPath") + "/" + path
                : subPath.equals(path) ? (String) at(mount, "mountPath") : null;
        if (file.equals(seenAt)) {
          mounted = (String) entry.getValue();
        }
      }
    }
    assertNotNull(mounted, file + " is a ConfigMap's file mounted into the container");
    assertEquals(local, mounted, "the dev broker's settings are the local broker's");
  }

  @Test
  void theSettingsAreTheOnesTheReadmeAsksOfEveryBroker() throws IOException {
    Properties settings = new Properties();
    settings.load(new StringReader(createBroker(false)));
    Map<String, String> actual = new TreeMap<>();
    REQUIRED.keySet().forEach(key -> actual.put(key, settings.getProperty(key)));
    assertEquals(new TreeMap<>(REQUIRED), actual);
  }

  @Test
  void anInstanceAnOlderPitstopMadeGetsTheSettingsToo() throws IOException {
    String fresh = createBroker(false);
    assertEquals(List.of("artemis create"), Files.readAllLines(temp.resolve("calls.log")));
    Files.delete(temp.resolve("calls.log"));
    Files.writeString(temp.resolve("data/artemis/etc/broker.properties"), "IDCacheSize=1\n");

    assertEquals(fresh, createBroker(true));
    assertEquals(List.of(), Files.readAllLines(temp.resolve("calls.log")), "not created again");
  }

  @Test
  void prodRunsNoBroker() {
    assertTrue(
        ofKind(Manifests.render("overlays/prod"), "ConfigMap")
            .noneMatch(c -> name(c).startsWith("artemis-")),
        "prod uses the company's broker (openshift/README.md lists the settings it needs)");
  }

  /** The file name under which a ConfigMap's key appears in a volume (its items may rename it). */
  static String fileInVolume(Map<String, Object> volume, String key) {
    List<Object> items = list(at(volume, "configMap", "items"));
    if (items.isEmpty()) {
      return key;
    }
    return items.stream()
        .filter(item -> key.equals(at(item, "key")))
        .map(item -> (String) at(item, "path"))
        .findFirst()
        .orElse(null);
  }

  /**
   * Runs pitstop.sh's create_broker with a stand-in for {@code artemis} (which makes the instance's
   * etc/broker.xml, as {@code artemis create} does) and returns the instance's
   * etc/broker.properties.
   */
  String createBroker(boolean instanceExists) {
    try {
      Path artemis = temp.resolve("tools/artemis/bin/artemis");
      if (!Files.exists(artemis)) {
        Files.createDirectories(artemis.getParent());
        Files.writeString(
            artemis,
            """
            #!/usr/bin/env bash
            echo "artemis $1" >>"$CALLS"
            [[ $1 == create ]] && mkdir -p "$2/etc" && echo '<configuration/>' >"$2/etc/broker.xml"
            exit 0
            """);
        Files.setPosixFilePermissions(artemis, PosixFilePermissions.fromString("rwx------"));
      }
      Path calls = temp.resolve("calls.log");
      if (!Files.exists(calls)) {
        Files.createFile(calls);
      }
      Path instance = temp.resolve("data/artemis");
      assertEquals(
          instanceExists,
          Files.exists(instance.resolve("etc/broker.xml")),
          "the instance before create_broker");
      Files.createDirectories(temp.resolve("run"));
      String script =
          """
          set -euo pipefail
          log() { :; }
          eval "$(sed -n '/^create_broker() {$/,/^}$/p' tools/local/pitstop.sh)"
          declare -F create_broker >/dev/null || { echo "no create_broker in pitstop.sh" >&2; exit 1; }
          create_broker
          """;
      Manifests.run(
          List.of("bash", "-c", script),
          Map.ofEntries(
              Map.entry("ROOT", Manifests.root().toString()),
              Map.entry("DATA", temp.resolve("data").toString()),
              Map.entry("RUN", temp.resolve("run").toString()),
              Map.entry("TOOLS", temp.resolve("tools").toString()),
              Map.entry("CALLS", calls.toString()),
              Map.entry("BROKER_USER", "pitstop"),
              Map.entry("BROKER_PASSWORD", "pitstop"),
              Map.entry("BROKER_PORT", "61616"),
              Map.entry("ARTEMIS_CONSOLE_PORT", "8161")));
      Path properties = instance.resolve("etc/broker.properties");
      assertTrue(Files.exists(properties), "create_broker leaves etc/broker.properties");
      return Files.readString(properties);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
