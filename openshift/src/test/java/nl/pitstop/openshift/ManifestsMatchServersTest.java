package nl.pitstop.openshift;

import static nl.pitstop.openshift.Manifests.at;
import static nl.pitstop.openshift.Manifests.list;
import static nl.pitstop.openshift.Manifests.name;
import static nl.pitstop.openshift.Manifests.ofKind;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The manifests against what the servers really use, read from both sides: each server's image is
 * one that build-images.sh builds from that server's module; its port, probes and environment
 * variables are those of its server.xml (with the shared fragments), its Containerfile and its
 * code; the web app's API addresses reach the API servers; the databases dev creates are those the
 * servers name.
 */
class ManifestsMatchServersTest {

  static Map<String, String> images;
  static Map<String, List<Map<String, Object>>> rendered = new HashMap<>();
  static Map<String, Set<String>> secrets;

  @BeforeAll
  static void read() {
    images = Scripts.imagesBuilt();
    secrets = new HashMap<>(Scripts.secretsStartAllCreates());
    // prod only: operations create it (openshift/README.md)
    secrets.put(
        "pitstop-oidc", Set.of("OIDC_CLIENT_ID", "OIDC_CLIENT_SECRET", "OIDC_TRUSTSTORE_PASSWORD"));
    for (String overlay : Manifests.OVERLAYS) {
      rendered.put(overlay, Manifests.render("overlays/" + overlay));
    }
    rendered.put("base", Manifests.render("base"));
  }

  static List<Server> servers(String overlay) {
    return Server.in(rendered.get(overlay), overlay, images, secrets);
  }

  static List<Server> allServers() {
    List<Server> all = new ArrayList<>();
    for (String overlay : Manifests.OVERLAYS) {
      all.addAll(servers(overlay));
    }
    return all;
  }

  @Test
  void everyDeployableRunsAndEveryImageIsOneThatIsBuilt() {
    Set<String> used = new TreeSet<>();
    for (Server server : allServers()) {
      used.add(server.image());
    }
    assertEquals(images.keySet(), used, "each image built is deployed, and only those");
    for (Map<String, Object> app :
        ofKind(rendered.get("base"), "OpenLibertyApplication").toList()) {
      String image = (String) at(app, "spec", "applicationImage");
      assertTrue(image.matches("pitstop/[a-z-]+:1\\.0\\.0-SNAPSHOT"), "base image " + image);
    }
  }

  @Test
  void portsAndProbesAreTheServersOwn() {
    for (Server server : allServers()) {
      int port = server.config().httpPort();
      assertEquals(port, at(server.app(), "spec", "service", "port"), server.name());
      int management = server.config().managementPort();
      assertEquals(
          List.of(management == port ? String.valueOf(port) : port + " " + management),
          server.config().containerfileLines("EXPOSE"),
          server.name());
      Map<String, String> paths =
          Map.of(
              "startup",
              "/health/started",
              "liveness",
              "/health/live",
              "readiness",
              "/health/ready");
      for (Map.Entry<String, String> probe : paths.entrySet()) {
        Object httpGet = at(server.app(), "spec", "probes", probe.getKey(), "httpGet");
        assertEquals(probe.getValue(), at(httpGet, "path"), server.name());
        assertEquals(management, at(httpGet, "port"), server.name() + " " + probe.getKey());
        // HTTPS where the server serves it (prod; docs/adr/0024)
        assertEquals(
            "true".equals(server.environment().get("SERVICE_TLS")) ? "HTTPS" : "HTTP",
            at(httpGet, "scheme"),
            server.name());
      }
      assertTrue(
          server.config().features.stream().anyMatch(f -> f.startsWith("mpHealth-")),
          server.name() + " serves /health");
      assertEquals("-1", server.config().variable("https.port"), "plain HTTP: " + server.name());
    }
  }

  /**
   * A server takes requests only once its applications have started: Liberty's wait for them before
   * it opens its ports (30 s by default) is longer than the slowest start measured under load, and
   * shorter than the startup probe's budget, so that a pod whose applications do not start says so
   * in its log (CWWKZ0022W) before the probe restarts it.
   */
  @Test
  void theServersOpenTheirPortsOnlyOnceTheirApplicationsStartedWithinTheStartupBudget() {
    for (Server server : allServers()) {
      int seconds = server.config().applicationStartTimeoutSeconds();
      Object startup = at(server.app(), "spec", "probes", "startup");
      int budget = (int) at(startup, "periodSeconds") * (int) at(startup, "failureThreshold");
      assertTrue(
          seconds >= 90 && seconds < budget,
          server.name() + ": " + seconds + " s to start, startup probe " + budget + " s");
    }
  }

  /**
   * docs/adr/0018: a server with databases gets them migrated by an init container of its own
   * image, with the DDL login, for exactly the databases it would migrate itself; the server then
   * only validates them.
   */
  @Test
  void everyServerWithDatabasesHasThemMigratedBeforeItStartsAndOnlyValidatesThem() {
    for (Server server : allServers()) {
      List<String> migrations = server.config().schemaMigrations();
      List<Object> init = list(at(server.app(), "spec", "initContainers"));
      if (migrations.isEmpty()) {
        assertTrue(init.isEmpty(), server.name() + " has no database to migrate");
        continue;
      }
      assertEquals(1, init.size(), server.name());
      Object migrate = init.get(0);
      assertEquals(
          at(server.app(), "spec", "applicationImage"),
          at(migrate, "image"),
          server.name() + ": the migration command of the server's own image");
      List<Object> command = list(at(migrate, "command"));
      assertEquals(
          "nl.pitstop.support.schema.MigrateCommand",
          command.get(command.size() - 1),
          server.name());
      List<String> databases =
          list(at(migrate, "args")).stream()
              .map(String.class::cast)
              .map(argument -> argument.substring(0, argument.indexOf('=')))
              .toList();
      assertEquals(migrations, databases, server.name() + ": the databases it migrates");
      assertTrue(
          list(at(migrate, "envFrom")).stream()
              .anyMatch(
                  source ->
                      "pitstop-database-ddl-credentials".equals(at(source, "secretRef", "name"))),
          server.name() + ": the init container logs in with the DDL login");
      assertEquals(
          "validate",
          server.environment().get("PITSTOP_SCHEMA_ACTION"),
          server.name() + " only validates its schema");
    }
  }

  @Test
  void everyEnvironmentVariableIsOneTheServerReads() {
    for (Server server : allServers()) {
      for (String variable : server.environment().keySet()) {
        assertTrue(
            server.config().reads(variable),
            server.name() + " gets " + variable + ", which no variable or config property reads");
      }
    }
  }

  @Test
  void everyAddressThatDefaultsToLocalhostAndEveryCredentialIsSet() {
    for (Server server : allServers()) {
      Map<String, String> environment = server.environment();
      ServerConfig config = server.config();
      for (Map.Entry<String, String> variable : config.variables.entrySet()) {
        String name = variable.getKey();
        boolean local = variable.getValue().contains("localhost");
        // a credential the image takes from the environment, of a service this server uses
        boolean credential =
            config.containerVariables.contains(name)
                && config.variables.containsKey(name.replaceAll("\\.(user|password)$", ".host"));
        if (local || credential) {
          String env =
              credential
                  ? config.variables.get(name).replaceAll("\\$\\{env\\.(\\w+)}", "$1")
                  : ServerConfig.environmentName(name);
          assertTrue(
              environment.containsKey(env),
              server.name()
                  + " must get "
                  + env
                  + " (for "
                  + name
                  + "), has "
                  + environment.keySet());
        }
      }
    }
  }

  @Test
  void theWebAppCallsTheApiServersAtTheirServicesAndPorts() {
    // plain to the Service's short name, or HTTPS to the name its certificate holds (prod)
    Pattern url =
        Pattern.compile("(?:http://([a-z-]+)|https://([a-z-]+)\\.pitstop\\.svc):(\\d+)/api");
    for (String overlay : Manifests.OVERLAYS) {
      Server webapp =
          servers(overlay).stream()
              .filter(s -> s.image().equals("webapp"))
              .findFirst()
              .orElseThrow();
      Map<String, Integer> servicePorts = new HashMap<>();
      for (Server server : servers(overlay)) {
        servicePorts.put(Manifests.name(server.app()), server.config().httpPort());
      }
      for (Map<String, Object> service : ofKind(rendered.get(overlay), "Service").toList()) {
        servicePorts.put(
            name(service), (Integer) at(list(at(service, "spec", "ports")).get(0), "port"));
      }
      Map<String, String> expected =
          Map.of(
              "CUSTOMER_API_URL", "customer-api",
              "VEHICLE_API_URL", "vehicle-api",
              "WORKSHOP_API_URL", "workshop-api",
              "HANDLERS_API_URL", "handlers");
      Map<String, String> environment = webapp.environment();
      for (Map.Entry<String, String> api : expected.entrySet()) {
        Matcher m = url.matcher(environment.get(api.getKey()));
        assertTrue(m.matches(), api.getKey() + "=" + environment.get(api.getKey()));
        boolean https = m.group(2) != null;
        String service = https ? m.group(2) : m.group(1);
        assertEquals("true".equals(webapp.environment().get("SERVICE_TLS")), https, api.getKey());
        assertEquals(api.getValue(), service, api.getKey());
        String imageName = api.getValue();
        int serverPort = ServerConfig.of(images.get(imageName)).httpPort();
        assertEquals(serverPort, Integer.parseInt(m.group(3)), api.getKey());
        assertEquals(serverPort, servicePorts.get(service), "service " + service);
      }
    }
  }

  /**
   * features.sh installs the features of the configuration it resolves, the local login's; the web
   * app's image installs those of the production login (login-oidc.xml) by name, every one of them.
   */
  @Test
  void theWebAppImageInstallsTheFeaturesOfTheProductionLoginByName() throws IOException {
    ServerConfig config = ServerConfig.of(images.get("webapp"));
    String login =
        Files.readString(config.module.resolve("src/main/liberty/config/login-oidc.xml"));
    Matcher feature = Pattern.compile("<feature>(.+)</feature>").matcher(login);
    List<String> installed =
        List.of(
            config.containerfileLines("RUN").get(0).replaceFirst("&& features.sh$", "").split(" "));
    assertEquals("featureUtility", installed.get(0));
    int features = 0;
    while (feature.find()) {
      assertTrue(installed.contains(feature.group(1)), feature.group(1) + " in " + installed);
      features++;
    }
    assertEquals(2, features, "openidConnectClient and transportSecurity");
  }

  @Test
  void everyContainerfileIsBuiltLikeTheOthersAndBakesInNoCredentials() throws IOException {
    String pom = Files.readString(Manifests.root().resolve("pom.xml"));
    Matcher liberty =
        Pattern.compile("<liberty.runtime.version>(.+)</liberty.runtime.version>").matcher(pom);
    assertTrue(liberty.find());
    for (Map.Entry<String, String> image : images.entrySet()) {
      ServerConfig config = ServerConfig.of(image.getValue());
      String name = image.getKey();
      assertEquals(
          List.of("LIBERTY_VERSION=" + liberty.group(1)),
          config.containerfileLines("ARG").subList(0, 1),
          name + ": the Liberty version of the local run");
      assertEquals(
          List.of(
              "icr.io/appcafe/open-liberty:${LIBERTY_VERSION}-kernel-slim-java17-openj9-ubi-minimal"),
          config.containerfileLines("FROM"),
          name);
      List<String> runs = config.containerfileLines("RUN");
      assertTrue(runs.get(0).endsWith("features.sh"), name + ": " + runs.get(0));
      assertTrue(runs.get(1).startsWith("configure.sh"), name);
      List<String> users = config.containerfileLines("USER");
      assertEquals("1001", users.get(users.size() - 1), name + " runs as a non-root user");
      assertEquals(1, config.applications.size(), name);
      String application = config.applications.get(0);
      assertTrue(
          config
              .containerfileLines("COPY")
              .contains("--chown=1001:0 target/" + application + " /config/apps/"),
          name + " copies " + application + ", the application its server.xml deploys");
      assertTrue(
          config.containerfileLines("ENV").stream()
              .noneMatch(e -> e.matches("(?i).*(password|user).*")),
          name);
      assertEquals(
          "127.0.0.1",
          config.variables.get("http.host"),
          name + ": a server started on a machine listens to that machine only");
      assertTrue(
          config.containerfileLines("ENV").contains("HTTP_HOST=\"*\""),
          name + ": its image listens on every interface of the pod");
      List<String> admitted =
          Files.readAllLines(config.module.resolve(".dockerignore")).stream()
              .filter(line -> line.startsWith("!"))
              .map(line -> line.substring(1))
              .toList();
      for (String copy : config.containerfileLines("COPY")) {
        String source = copy.split(" ")[1];
        assertTrue(
            admitted.stream().anyMatch(pattern -> admits(pattern, source)),
            name + ": the build context (.dockerignore) holds " + source);
      }
      List<String> ignore = Files.readAllLines(config.module.resolve(".dockerignore"));
      assertTrue(
          ignore.indexOf("target/liberty/wlp/usr/shared/resources/jdbc/h2.jar")
              > ignore.indexOf("!target/liberty/wlp/usr/shared/"),
          name
              + ": the local H2 driver stays out of the image (ContainerLayoutIT checks the layout)");
      assertFalse(
          config.variables.containsKey("db.host")
              && !config.containerVariables.contains("db.password"),
          name + " takes its database credentials from the environment only");
    }
  }

  /** Whether a .dockerignore exception admits a path: a folder and all below it, or a glob. */
  static boolean admits(String pattern, String path) {
    return pattern.endsWith("/")
        ? path.startsWith(pattern)
        : FileSystems.getDefault().getPathMatcher("glob:" + pattern).matches(Path.of(path));
  }

  @Test
  void devCreatesTheDatabasesTheServersName() throws IOException {
    Set<String> named = new TreeSet<>();
    for (String module : images.values()) {
      ServerConfig config = ServerConfig.of(module);
      config.variables.forEach(
          (name, value) -> {
            if (name.startsWith("db.name") || name.endsWith(".db.name")) {
              named.add(value);
            }
          });
    }
    String script =
        Files.readString(Manifests.openshift().resolve("components/dev/create-databases.sql"));
    Set<String> created = new TreeSet<>();
    // the databases the script creates (and gives the two logins): its VALUES list
    Matcher create = Pattern.compile("\\('(\\w+)'\\)").matcher(script);
    while (create.find()) {
      created.add(create.group(1));
    }
    assertEquals(named, created);
  }
}
