package nl.pitstop.openshift;

import static nl.pitstop.openshift.Manifests.at;
import static nl.pitstop.openshift.Manifests.kind;
import static nl.pitstop.openshift.Manifests.list;
import static nl.pitstop.openshift.Manifests.map;
import static nl.pitstop.openshift.Manifests.name;
import static nl.pitstop.openshift.Manifests.named;
import static nl.pitstop.openshift.Manifests.ofKind;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every overlay renders with {@code kubectl kustomize}, every object in it is valid against its
 * schema, and the overlay holds together: every server has its probes and resources, every
 * ConfigMap and Secret it names exists or is one that start-all.sh (dev) or operations (prod)
 * create, and the network policies admit exactly the paths that must exist.
 */
class OverlaysTest {

  static final Map<String, List<Map<String, Object>>> rendered = new HashMap<>();
  static Schemas schemas;
  static Set<String> secretsCreatedOutside;

  @BeforeAll
  static void renderAll() {
    schemas = Schemas.load();
    secretsCreatedOutside = Scripts.secretsStartAllCreates().keySet();
    for (String overlay : Manifests.OVERLAYS) {
      rendered.put(overlay, Manifests.render("overlays/" + overlay));
    }
  }

  static List<String> overlays() {
    return Manifests.OVERLAYS;
  }

  static List<Map<String, Object>> apps(String overlay) {
    return ofKind(rendered.get(overlay), "OpenLibertyApplication").toList();
  }

  @ParameterizedTest
  @MethodSource("overlays")
  void everyObjectIsValidAgainstItsSchema(String overlay) {
    List<String> errors = new ArrayList<>();
    for (Map<String, Object> object : rendered.get(overlay)) {
      errors.addAll(schemas.validate(object));
    }
    assertEquals(List.of(), errors, overlay);
  }

  @ParameterizedTest
  @MethodSource("overlays")
  void everyServerHasItsProbesResourcesAndNamespace(String overlay) {
    String namespace = overlay.equals("prod") ? "pitstop" : "pitstop-dev";
    List<Map<String, Object>> apps = apps(overlay);
    assertEquals(
        overlay.startsWith("dev-mesh") ? 6 : 5, apps.size(), "servers in " + overlay + ": " + apps);
    for (Map<String, Object> object : rendered.get(overlay)) {
      assertEquals(namespace, at(object, "metadata", "namespace"), name(object));
    }
    for (Map<String, Object> app : apps) {
      String name = name(app);
      for (String probe : List.of("startup", "liveness", "readiness")) {
        assertNotNull(at(app, "spec", "probes", probe, "httpGet", "path"), name + " " + probe);
      }
      for (String bound : List.of("requests", "limits")) {
        for (String resource : List.of("cpu", "memory")) {
          assertNotNull(at(app, "spec", "resources", bound, resource), name + " " + bound);
        }
      }
      // the operator's TLS stays off: prod wires the service certificates itself (docs/adr/0024)
      assertEquals(Boolean.FALSE, at(app, "spec", "manageTLS"), name);
      assertEquals(Boolean.TRUE, at(app, "spec", "networkPolicy", "disable"), name);
      assertEquals("pitstop", at(app, "spec", "applicationName"), name);
    }
  }

  @ParameterizedTest
  @MethodSource("overlays")
  void everyConfigMapIsInTheOverlayAndEverySecretIsOneThatIsCreatedOutsideIt(String overlay) {
    List<Map<String, Object>> objects = rendered.get(overlay);
    Set<String> configMaps =
        ofKind(objects, "ConfigMap").map(Manifests::name).collect(Collectors.toSet());
    for (Map<String, Object> app : apps(overlay)) {
      for (Object container : containersOf(app)) {
        for (Object source : list(at(container, "envFrom"))) {
          Object configMap = at(source, "configMapRef", "name");
          if (configMap != null) {
            assertTrue(configMaps.contains(configMap), name(app) + " names " + configMap);
          }
        }
      }
    }
    Set<String> secretsReferenced = new TreeSet<>();
    for (Map<String, Object> object : objects) {
      secretsNamed(object, secretsReferenced);
    }
    assertTrue(ofKind(objects, "Secret").findAny().isEmpty(), "no Secret in the repository");
    Set<String> expected = new TreeSet<>(secretsCreatedOutside);
    expected.remove("pitstop-local-passwords"); // for the team to read; no pod mounts it
    if (overlay.equals("prod")) {
      expected.add("pitstop-oidc"); // the OpenID Connect client, created by operations
      expected.remove("sqlserver-admin"); // dev's own SQL Server only
      expected.remove("pitstop-local-users"); // prod logs in through the provider only
      expected.add("pitstop-broker-truststore"); // the company's broker's CA, from operations
      expected.add("pitstop-smtp-truststore"); // the company's SMTP relay's CA, from operations
      expected.add("pitstop-oidc-truststore"); // the OpenID Connect provider's CA, from operations
      // the serving certificates OpenShift makes for the annotated Services (docs/adr/0024)
      expected.addAll(servingCertificates(objects).values());
    }
    assertEquals(expected, secretsReferenced, overlay);
  }

  /**
   * The staff tokens' keys in two Secrets (docs/adr/0021): the web app alone holds the signing key;
   * every API holds the verification key set and never the signing key.
   */
  @ParameterizedTest
  @MethodSource("overlays")
  void onlyTheWebAppHoldsTheTokenSigningKeyAndEveryApiTheVerificationKeys(String overlay) {
    List<Map<String, Object>> apps = apps(overlay);
    assertTrue(apps.size() >= 5, overlay + ": " + apps.size());
    for (Map<String, Object> app : apps) {
      Set<String> secrets = new TreeSet<>();
      secretsNamed(app, secrets);
      boolean webApp = name(app).equals("webapp");
      assertEquals(
          webApp, secrets.contains("pitstop-token-signing-key"), overlay + " " + name(app));
      assertEquals(
          !webApp, secrets.contains("pitstop-token-verification-keys"), overlay + " " + name(app));
    }
  }

  /**
   * The review's cluster details (docs/adr/0021): every server runs as restricted-v2 has it, stated
   * (no escalation, no capabilities, not root, RuntimeDefault seccomp), without a service-account
   * token, and is scraped for /metrics; no server asks for a ReadWriteMany volume.
   */
  @ParameterizedTest
  @MethodSource("overlays")
  void everyServerRunsRestrictedWithoutAnApiTokenAndIsScraped(String overlay) {
    for (Map<String, Object> app : apps(overlay)) {
      String name = overlay + " " + name(app);
      assertEquals(
          "RuntimeDefault", at(app, "spec", "securityContext", "seccompProfile", "type"), name);
      assertEquals(Boolean.FALSE, at(app, "spec", "securityContext", "allowPrivilegeEscalation"));
      assertEquals(List.of("ALL"), at(app, "spec", "securityContext", "capabilities", "drop"));
      assertEquals(Boolean.TRUE, at(app, "spec", "securityContext", "runAsNonRoot"), name);
      assertEquals(Boolean.FALSE, at(app, "spec", "serviceAccount", "mountToken"), name);
      Object endpoints = at(app, "spec", "monitoring", "endpoints");
      boolean merged = mergedByTheMesh(rendered.get(overlay), app);
      assertTrue(
          merged || list(endpoints).stream().anyMatch(e -> "/metrics".equals(at(e, "path"))),
          name + " is scraped: " + endpoints);
      assertTrue(!merged || endpoints == null, name + ": scraped through the mesh's agent only");
      assertNull(at(app, "spec", "serviceability"), name + ": no ReadWriteMany volume");
    }
  }

  /**
   * The web app's metrics are not public (docs/adr/0021): its Route reaches the pages' port (7005),
   * while health, metrics and the ServiceMonitor use the management port (7085), which the Service
   * names apart and the network policy opens to the cluster's monitoring only.
   */
  @ParameterizedTest
  @MethodSource("overlays")
  void theWebAppsRouteReachesThePagesAndNotTheMetrics(String overlay) {
    Map<String, Object> webapp = named(rendered.get(overlay), "OpenLibertyApplication", "webapp");
    assertEquals(7005, at(webapp, "spec", "service", "port"));
    assertEquals(
        overlay.equals("prod") ? "https" : "http", at(webapp, "spec", "service", "portName"));
    assertNull(at(webapp, "spec", "route", "targetPort"), "the Route goes to the service's port");
    Map<String, Object> management = map(list(at(webapp, "spec", "service", "ports")).get(0));
    assertEquals("management", management.get("name"));
    assertEquals(7085, management.get("port"));
    for (Object endpoint : list(at(webapp, "spec", "monitoring", "endpoints"))) {
      assertEquals("management", at(endpoint, "port"), overlay);
    }
    for (String probe : List.of("startup", "liveness", "readiness")) {
      assertEquals(7085, at(webapp, "spec", "probes", probe, "httpGet", "port"), probe);
    }
    List<Object> ports = monitoringPorts(overlay);
    assertTrue(ports.contains(7085) && !ports.contains(7005), "monitoring: " + ports);
  }

  /**
   * Every other pod of every overlay (dev's broker, database, mail sink, collector and the job that
   * creates the databases) runs under restricted-v2 as written: no privilege escalation, all
   * capabilities dropped and none added but NET_BIND_SERVICE (the one restricted-v2 allows, which
   * only SQL Server's binary needs), not root and no UID or group of its own (the namespace assigns
   * them), RuntimeDefault seccomp, nothing of the host.
   */
  @ParameterizedTest
  @MethodSource("overlays")
  void everyPodRunsUnderRestrictedV2AsWritten(String overlay) {
    int containers = 0;
    for (Map<String, Object> workload : rendered.get(overlay)) {
      if (!Set.of("Deployment", "StatefulSet", "Job").contains(kind(workload))) {
        continue;
      }
      String name = overlay + " " + name(workload);
      Object pod = at(workload, "spec", "template", "spec");
      for (String host : List.of("hostNetwork", "hostPID", "hostIPC")) {
        assertNull(at(pod, host), name + " " + host);
      }
      for (Object volume : list(at(pod, "volumes"))) {
        assertNull(at(volume, "hostPath"), name);
      }
      for (String fixed : List.of("runAsUser", "runAsGroup", "fsGroup")) {
        assertNull(at(pod, "securityContext", fixed), name + " " + fixed);
      }
      for (String kind : List.of("initContainers", "containers")) {
        for (Object container : list(at(pod, kind))) {
          Object context = at(container, "securityContext");
          String where = name + " " + at(container, "name");
          assertEquals(Boolean.FALSE, at(context, "allowPrivilegeEscalation"), where);
          assertEquals(List.of("ALL"), at(context, "capabilities", "drop"), where);
          List<Object> added = list(at(context, "capabilities", "add"));
          assertTrue(List.of("NET_BIND_SERVICE").containsAll(added), where + " adds " + added);
          assertEquals(
              "sqlserver".equals(at(container, "name")),
              added.contains("NET_BIND_SERVICE"),
              where + ": only SQL Server's binary carries that file capability");
          assertEquals(Boolean.TRUE, at(context, "runAsNonRoot"), where);
          assertNull(at(context, "runAsUser"), where);
          assertNull(at(context, "privileged"), where);
          assertEquals("RuntimeDefault", at(context, "seccompProfile", "type"), where);
          containers++;
        }
      }
    }
    assertEquals(overlay.startsWith("dev") ? 5 : 0, containers, overlay);
  }

  @Test
  void theWebAppsRouteTellsBrowsersToComeBackOverHttpsOnly() {
    for (String overlay : Manifests.OVERLAYS) {
      Map<String, Object> webapp = named(rendered.get(overlay), "OpenLibertyApplication", "webapp");
      String hsts =
          String.valueOf(
              at(
                  webapp,
                  "spec",
                  "route",
                  "annotations",
                  "haproxy.router.openshift.io/hsts_header"));
      assertTrue(hsts.matches("max-age=(\\d+);includeSubDomains"), overlay + ": " + hsts);
      assertTrue(
          Long.parseLong(hsts.replaceAll("\\D", "")) >= 31_536_000L, overlay + ": a year at least");
    }
  }

  @Test
  void prodNamesItsReleaseKeepsEveryServerUpThroughDrainsAndHasNoLocalUsers() {
    List<Map<String, Object>> prod = rendered.get("prod");
    List<Map<String, Object>> budgets = ofKind(prod, "PodDisruptionBudget").toList();
    for (Map<String, Object> app : apps("prod")) {
      String image = String.valueOf(at(app, "spec", "applicationImage"));
      assertEquals(
          image.substring(image.lastIndexOf(':') + 1),
          at(app, "spec", "applicationVersion"),
          name(app) + ": the version the image's tag says");
      Map<String, String> labels = stringMap(at(app, "metadata", "labels"));
      List<Map<String, Object>> covering =
          budgets.stream().filter(b -> selects(map(at(b, "spec", "selector")), labels)).toList();
      assertEquals(1, covering.size(), name(app) + ": one disruption budget");
      assertEquals(1, at(covering.get(0), "spec", "maxUnavailable"), name(app));
      Set<String> secrets = new TreeSet<>();
      secretsNamed(app, secrets);
      assertFalse(secrets.contains("pitstop-local-users"), name(app));
    }
    for (String overlay : List.of("dev", "dev-mesh", "dev-mesh-mirror", "dev-mesh-faults")) {
      assertTrue(
          ofKind(rendered.get(overlay), "PodDisruptionBudget").findAny().isEmpty(),
          overlay + ": single pods, no budget that would block a drain");
    }
  }

  @Test
  void prodSendsItsTracesOverTlsCheckedAgainstTheClustersTrustedCas() {
    Map<String, Object> telemetry = configMap("prod", "pitstop-telemetry");
    Map<String, String> data = stringMap(at(telemetry, "data"));
    assertTrue(data.get("OTEL_EXPORTER_OTLP_ENDPOINT").startsWith("https://"), data.toString());
    String certificate = data.get("OTEL_EXPORTER_OTLP_CERTIFICATE");
    Map<String, Object> bundle = named(rendered.get("prod"), "ConfigMap", "pitstop-trusted-ca");
    assertEquals(
        "true",
        stringMap(at(bundle, "metadata", "labels"))
            .get("config.openshift.io/inject-trusted-cabundle"));
    for (Map<String, Object> app : apps("prod")) {
      String mountPath = null;
      for (Object mount : list(at(app, "spec", "volumeMounts"))) {
        if ("trusted-ca".equals(at(mount, "name"))) {
          mountPath = String.valueOf(at(mount, "mountPath"));
        }
      }
      assertEquals("/etc/pitstop/ca/ca-bundle.crt", mountPath + "/ca-bundle.crt", name(app));
      assertEquals(certificate, mountPath + "/ca-bundle.crt", name(app));
      assertTrue(
          list(at(app, "spec", "volumes")).stream()
              .anyMatch(v -> "pitstop-trusted-ca".equals(at(v, "configMap", "name"))),
          name(app));
    }
  }

  @Test
  void prodReachesTheBrokerOverTlsTrustingItsCa() {
    Map<String, String> broker = stringMap(at(configMap("prod", "pitstop-broker"), "data"));
    assertEquals("true", broker.get("BROKER_SSL"), broker.toString());
    String truststore = broker.get("BROKER_TRUSTSTORE");
    for (Map<String, Object> app : apps("prod")) {
      boolean usesTheBroker = !name(app).equals("webapp");
      boolean mounted = false;
      for (Object mount : list(at(app, "spec", "volumeMounts"))) {
        if ("broker-truststore".equals(at(mount, "name"))) {
          assertEquals(truststore, at(mount, "mountPath") + "/truststore.p12", name(app));
          mounted = true;
        }
      }
      assertEquals(usesTheBroker, mounted, name(app) + " mounts the broker's CA");
    }
  }

  /**
   * Prod mails through the company's relay with STARTTLS required, trusting the relay's CA, which
   * the handlers alone mount at the trust store's path (docs/adr/0021, 0024; MailOverTlsIT runs
   * it).
   */
  @Test
  void prodMailsOverStartTlsTrustingTheRelaysCa() {
    Map<String, String> smtp = stringMap(at(configMap("prod", "pitstop-smtp"), "data"));
    assertEquals("true", smtp.get("SMTP_STARTTLS"), smtp.toString());
    assertEquals("true", smtp.get("SMTP_AUTH"), smtp.toString());
    String truststore = smtp.get("SMTP_TRUSTSTORE");
    for (Map<String, Object> app : apps("prod")) {
      boolean mounted = false;
      for (Object mount : list(at(app, "spec", "volumeMounts"))) {
        if ("smtp-truststore".equals(at(mount, "name"))) {
          assertEquals(truststore, at(mount, "mountPath") + "/truststore.p12", name(app));
          mounted = true;
        }
      }
      assertEquals(name(app).equals("handlers"), mounted, name(app) + " mounts the relay's CA");
    }
  }

  /**
   * The production login (docs/adr/0022): the web app reaches the provider over HTTPS only,
   * trusting the CA it mounts at the trust store's path, and "Log out" leads to the provider's
   * end-session endpoint; the web app is the only server that mounts that CA or names a provider.
   */
  @Test
  void prodLogsInAndOutAtTheProviderOverTlsTrustingItsCa() {
    Map<String, String> login = stringMap(at(configMap("prod", "pitstop-login"), "data"));
    assertEquals("oidc", login.get("LOGIN"), login.toString());
    for (String address : List.of("OIDC_DISCOVERY_URL", "OIDC_LOGOUT_URL", "OIDC_REDIRECT_HOST")) {
      assertTrue(String.valueOf(login.get(address)).startsWith("https://"), address);
    }
    for (Map<String, Object> app : apps("prod")) {
      boolean webApp = name(app).equals("webapp");
      boolean mounted = false;
      for (Object mount : list(at(app, "spec", "volumeMounts"))) {
        if ("oidc-truststore".equals(at(mount, "name"))) {
          assertEquals(
              login.get("OIDC_TRUSTSTORE"), at(mount, "mountPath") + "/truststore.p12", name(app));
          mounted = true;
        }
      }
      assertEquals(webApp, mounted, name(app) + " mounts the provider's CA");
    }
  }

  /** The Services that ask OpenShift for a serving certificate, and the Secret each gets it in. */
  static Map<String, String> servingCertificates(List<Map<String, Object>> objects) {
    Map<String, String> secrets = new TreeMap<>();
    String annotation = "service.beta.openshift.io/serving-cert-secret-name";
    for (Map<String, Object> object : objects) {
      Object secret =
          kind(object).equals("Service")
              ? at(object, "metadata", "annotations", annotation)
              : at(object, "spec", "service", "annotations", annotation);
      if (secret != null) {
        secrets.put(name(object), (String) secret);
      }
    }
    return secrets;
  }

  /**
   * HTTPS between the servers in prod (docs/adr/0024): every server serves HTTPS only (its HTTP
   * port off) on its own port, with the serving certificate of the Service its callers name,
   * mounted with the service CA where the Open Liberty image makes its stores from them; it trusts
   * that CA alone; probes and monitoring go over HTTPS, the monitoring checking the certificate's
   * name; the web app calls every API by the name in its certificate, and the router re-encrypts.
   * The mesh overlays keep plain HTTP inside the sidecars' mutual TLS, which their routing needs.
   */
  @Test
  void prodServesHttpsBetweenTheServersWithOpenShiftsServiceCertificates() {
    List<Map<String, Object>> prod = rendered.get("prod");
    Map<String, Object> ca = named(prod, "ConfigMap", "pitstop-service-ca");
    assertEquals(
        "true", at(ca, "metadata", "annotations", "service.beta.openshift.io/inject-cabundle"));
    Map<String, String> certificates = servingCertificates(prod);
    Map<String, String> services =
        Map.of(
            "customer-api-v1", "customer-api",
            "vehicle-api", "vehicle-api",
            "workshop-api", "workshop-api",
            "handlers", "handlers",
            "webapp", "webapp");
    assertEquals(new TreeSet<>(services.values()), certificates.keySet(), "annotated Services");
    Map<String, String> apiUrls = new TreeMap<>();
    for (Map<String, Object> app : apps("prod")) {
      String name = name(app);
      String service = services.get(name);
      Map<String, String> env = Server.env(app);
      int port = (Integer) at(app, "spec", "service", "port");
      assertEquals("true", env.get("SERVICE_TLS"), name);
      assertEquals("-1", env.get("HTTP_PORT"), name + ": nothing in clear");
      assertEquals(String.valueOf(port), env.get("HTTPS_PORT"), name);
      assertEquals("false", env.get("SEC_TLS_TRUSTDEFAULTCERTS"), name + ": the service CA alone");
      assertEquals("https", at(app, "spec", "service", "portName"), name);
      for (String probe : List.of("startup", "liveness", "readiness")) {
        assertEquals("HTTPS", at(app, "spec", "probes", probe, "httpGet", "scheme"), name);
      }
      for (Object endpoint : list(at(app, "spec", "monitoring", "endpoints"))) {
        assertEquals("https", at(endpoint, "scheme"), name);
        assertEquals(service + ".pitstop.svc", at(endpoint, "tlsConfig", "serverName"), name);
        assertEquals(
            "pitstop-service-ca", at(endpoint, "tlsConfig", "ca", "configMap", "name"), name);
      }
      Object mount =
          list(at(app, "spec", "volumeMounts")).stream()
              .filter(m -> "/etc/x509/certs".equals(at(m, "mountPath")))
              .findFirst()
              .orElseThrow(() -> new AssertionError(name + " mounts no certificate"));
      Object volume =
          list(at(app, "spec", "volumes")).stream()
              .filter(v -> at(v, "name").equals(at(mount, "name")))
              .findFirst()
              .orElseThrow();
      Map<String, String> files = new TreeMap<>();
      for (Object source : list(at(volume, "projected", "sources"))) {
        for (String kind : List.of("secret", "configMap")) {
          for (Object item : list(at(source, kind, "items"))) {
            files.put((String) at(item, "path"), at(source, kind, "name") + "/" + at(item, "key"));
          }
        }
      }
      String secret = certificates.get(service);
      assertEquals(
          Map.of(
              "tls.crt", secret + "/tls.crt",
              "tls.key", secret + "/tls.key",
              "ca.crt", "pitstop-service-ca/service-ca.crt"),
          files,
          name);
      if (name.equals("webapp")) {
        assertEquals("-1", env.get("MANAGEMENT_HTTP_PORT"));
        assertEquals("7085", env.get("MANAGEMENT_HTTPS_PORT"));
        env.forEach(
            (variable, value) -> {
              if (variable.endsWith("_API_URL")) {
                apiUrls.put(variable, value);
              }
            });
      }
    }
    assertEquals(
        Map.of(
            "CUSTOMER_API_URL", "https://customer-api.pitstop.svc:5100/api",
            "VEHICLE_API_URL", "https://vehicle-api.pitstop.svc:5000/api",
            "WORKSHOP_API_URL", "https://workshop-api.pitstop.svc:5200/api",
            "HANDLERS_API_URL", "https://handlers.pitstop.svc:5300/api"),
        apiUrls);
    for (String overlay : Manifests.OVERLAYS) {
      if (!overlay.equals("prod")) {
        assertTrue(servingCertificates(rendered.get(overlay)).isEmpty(), overlay);
        for (Map<String, Object> app : apps(overlay)) {
          assertFalse(Server.env(app).containsKey("SERVICE_TLS"), overlay + " " + name(app));
        }
      }
    }
  }

  @Test
  void theMeshRequiresMutualTlsButForTheRoutersWayToTheWebApp() {
    List<Map<String, Object>> mesh = rendered.get("dev-mesh");
    Map<String, Object> namespaceWide = named(mesh, "PeerAuthentication", "default");
    assertNull(at(namespaceWide, "spec", "selector"), "for every pod of the namespace");
    assertEquals("STRICT", at(namespaceWide, "spec", "mtls", "mode"));
    Map<String, Object> webapp = named(mesh, "PeerAuthentication", "webapp-from-router");
    assertEquals("STRICT", at(webapp, "spec", "mtls", "mode"));
    assertEquals(
        Map.of("7005", Map.of("mode", "PERMISSIVE"), "7085", Map.of("mode", "PERMISSIVE")),
        stringKeys(map(at(webapp, "spec", "portLevelMtls"))));
    assertTrue(
        ofKind(rendered.get("dev"), "PeerAuthentication").findAny().isEmpty(), "no mesh in dev");
  }

  /**
   * Whether the mesh's agent merges the server's metrics into its own endpoint, which a PodMonitor
   * of the overlay scrapes: the pod's prometheus.io annotations name the server's /metrics, and the
   * PodMonitor selects the server's app label on the agent's port.
   */
  static boolean mergedByTheMesh(List<Map<String, Object>> objects, Map<String, Object> app) {
    Object annotations = at(app, "spec", "deployment", "annotations");
    if (annotations == null || !"true".equals(at(annotations, "prometheus.io/scrape"))) {
      return false;
    }
    assertEquals("/metrics", at(annotations, "prometheus.io/path"), name(app));
    assertEquals(
        String.valueOf(at(app, "spec", "service", "port")),
        at(annotations, "prometheus.io/port"),
        name(app));
    String label = (String) at(app, "metadata", "labels", "app");
    return ofKind(objects, "PodMonitor")
        .anyMatch(
            monitor ->
                list(at(monitor, "spec", "selector", "matchExpressions")).stream()
                        .anyMatch(e -> list(at(e, "values")).contains(label))
                    && list(at(monitor, "spec", "podMetricsEndpoints")).stream()
                        .anyMatch(
                            e ->
                                Integer.valueOf(15020).equals(at(e, "targetPort"))
                                    && "/stats/prometheus".equals(at(e, "path"))));
  }

  /**
   * Under the mesh, the APIs' metrics reach the monitoring through the mesh's agent (their own
   * ports are STRICT), and the network policy admits the monitoring to the agent's port; without
   * the mesh, nothing is merged and the agent's port stays closed.
   */
  @Test
  void underTheMeshTheApisMetricsAreScrapedThroughTheAgent() {
    for (String overlay : Manifests.OVERLAYS) {
      boolean mesh = overlay.startsWith("dev-mesh");
      Set<String> merged = new TreeSet<>();
      for (Map<String, Object> app : apps(overlay)) {
        if (mergedByTheMesh(rendered.get(overlay), app)) {
          merged.add(name(app));
        }
      }
      assertEquals(
          mesh
              ? Set.of(
                  "customer-api-v1", "customer-api-v2", "vehicle-api", "workshop-api", "handlers")
              : Set.of(),
          merged,
          overlay);
      List<Object> ports = monitoringPorts(overlay);
      assertEquals(mesh, ports.contains(15020), overlay + ": " + ports);
    }
  }

  /** The ports the network policy opens to the cluster's monitoring in an overlay. */
  static List<Object> monitoringPorts(String overlay) {
    Map<String, Object> monitoring =
        named(rendered.get(overlay), "NetworkPolicy", "allow-monitoring-to-servers");
    List<Object> ports = new ArrayList<>();
    for (Object rule : list(at(monitoring, "spec", "ingress"))) {
      for (Object port : list(at(rule, "ports"))) {
        ports.add(at(port, "port"));
      }
    }
    return ports;
  }

  static Map<String, Object> stringKeys(Map<String, Object> map) {
    Map<String, Object> keys = new TreeMap<>();
    map.forEach((key, value) -> keys.put(String.valueOf(key), value));
    return keys;
  }

  /** An OpenLibertyApplication's spec (its server's container) and its init containers. */
  static List<Object> containersOf(Map<String, Object> app) {
    List<Object> containers = new java.util.ArrayList<>();
    containers.add(at(app, "spec"));
    containers.addAll(list(at(app, "spec", "initContainers")));
    return containers;
  }

  /** Every Secret an object names: env, envFrom, volumes, projected volumes, at any depth. */
  @SuppressWarnings("unchecked")
  static void secretsNamed(Object node, Set<String> secrets) {
    if (node instanceof Map<?, ?> map) {
      for (Map.Entry<String, Object> entry : ((Map<String, Object>) map).entrySet()) {
        String key = entry.getKey();
        Object value = entry.getValue();
        if ((key.equals("secretRef") || key.equals("secretKeyRef") || key.equals("secret"))
            && value instanceof Map<?, ?> ref
            && ref.get("name") instanceof String name) {
          secrets.add(name);
        } else if (key.equals("secretName") && value instanceof String name) {
          secrets.add(name);
        }
        secretsNamed(value, secrets);
      }
    } else if (node instanceof List<?> items) {
      for (Object item : items) {
        secretsNamed(item, secrets);
      }
    }
  }

  @Test
  void onlyTheWebAppIsExposedWithTlsAtTheRouterAndStickySessions() {
    for (String overlay : Manifests.OVERLAYS) {
      for (Map<String, Object> app : apps(overlay)) {
        boolean webapp = name(app).equals("webapp");
        assertEquals(webapp, Boolean.TRUE.equals(at(app, "spec", "expose")), name(app));
      }
      Map<String, Object> webapp = named(rendered.get(overlay), "OpenLibertyApplication", "webapp");
      // prod: the router re-encrypts to the web app's HTTPS port (docs/adr/0024)
      assertEquals(
          overlay.equals("prod") ? "reencrypt" : "edge",
          at(webapp, "spec", "route", "termination"));
      assertEquals("Redirect", at(webapp, "spec", "route", "insecureEdgeTerminationPolicy"));
      assertEquals(
          "false",
          at(
              webapp,
              "spec",
              "route",
              "annotations",
              "haproxy.router.openshift.io/disable_cookies"));
    }
  }

  @Test
  void theHandlersScaleWithAnAutoscalerAndTheOthersHaveFixedReplicas() {
    Map<String, Object> prod = named(rendered.get("prod"), "OpenLibertyApplication", "handlers");
    assertEquals(2, at(prod, "spec", "autoscaling", "minReplicas"));
    assertEquals(4, at(prod, "spec", "autoscaling", "maxReplicas"));
    assertNotNull(at(prod, "spec", "autoscaling", "targetCPUUtilizationPercentage"));
    assertEquals(null, at(prod, "spec", "replicas"), "replicas is ignored with autoscaling");
    for (Map<String, Object> app : apps("prod")) {
      if (!name(app).equals("handlers")) {
        assertEquals(2, at(app, "spec", "replicas"), name(app));
      }
    }
    for (Map<String, Object> app : apps("dev")) {
      if (!name(app).equals("handlers")) {
        assertEquals(1, at(app, "spec", "replicas"), name(app));
      }
    }
  }

  @Test
  void devRunsItsInfrastructureInTheNamespaceAndProdDoesNot() {
    Set<String> devWorkloads = workloads("dev");
    assertEquals(
        Set.of("artemis", "sqlserver", "mailsink", "zipkin", "sqlserver-init"), devWorkloads);
    assertEquals(Set.of(), workloads("prod"));
    Map<String, Object> prodDatabase = configMap("prod", "pitstop-database");
    assertEquals("sqlserver", at(prodDatabase, "data", "DB_VENDOR"));
    assertEquals("false", at(prodDatabase, "data", "DB_TRUST_SERVER_CERTIFICATE"));
    assertEquals("true", at(configMap("prod", "pitstop-smtp"), "data", "SMTP_AUTH"));
    for (Map<String, Object> app : apps("dev")) {
      assertTrue(
          ((String) at(app, "spec", "applicationImage"))
              .startsWith("image-registry.openshift-image-registry.svc:5000/pitstop-dev/"),
          name(app));
    }
    for (Map<String, Object> app : apps("prod")) {
      assertTrue(
          ((String) at(app, "spec", "applicationImage"))
              .startsWith("registry.example.com/pitstop/"),
          name(app));
    }
  }

  static Set<String> workloads(String overlay) {
    return rendered.get(overlay).stream()
        .filter(o -> Set.of("Deployment", "StatefulSet", "Job").contains(kind(o)))
        .map(Manifests::name)
        .collect(Collectors.toSet());
  }

  static Map<String, Object> configMap(String overlay, String prefix) {
    return ofKind(rendered.get(overlay), "ConfigMap")
        .filter(c -> name(c).startsWith(prefix + "-") && name(c).length() == prefix.length() + 11)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no ConfigMap " + prefix + " in " + overlay));
  }

  /** Every server exports its spans (docs/adr/0013), named after its application. */
  @ParameterizedTest
  @MethodSource("overlays")
  void everyServerIsTracedUnderItsApplicationsName(String overlay) {
    Map<String, Object> telemetry = configMap(overlay, "pitstop-telemetry");
    Map<String, Object> settings = map(telemetry.get("data"));
    assertEquals("false", settings.get("OTEL_SDK_DISABLED"), overlay);
    assertNotNull(settings.get("OTEL_TRACES_EXPORTER"), overlay);
    for (Map<String, Object> app : apps(overlay)) {
      assertTrue(
          list(at(app, "spec", "envFrom")).stream()
              .anyMatch(source -> name(telemetry).equals(at(source, "configMapRef", "name"))),
          name(app) + " gets pitstop-telemetry");
      List<Object> serviceName =
          list(at(app, "spec", "env")).stream()
              .filter(variable -> "OTEL_SERVICE_NAME".equals(at(variable, "name")))
              .map(variable -> at(variable, "value"))
              .toList();
      assertEquals(List.of(app(name(app))), serviceName, name(app) + " in " + overlay);
    }
  }

  /**
   * The network policies, as a graph: for every pair of workloads, whether a policy admits the one
   * to the other, compared with the paths the system needs and nothing more.
   */
  @ParameterizedTest
  @MethodSource("overlays")
  void networkPoliciesAdmitExactlyThePathsThatMustExist(String overlay) {
    List<Map<String, Object>> objects = rendered.get(overlay);
    Map<String, Map<String, String>> pods = new HashMap<>();
    for (Map<String, Object> app : apps(overlay)) {
      pods.put(name(app), stringMap(at(app, "metadata", "labels")));
    }
    for (Map<String, Object> workload : objects) {
      if (Set.of("Deployment", "StatefulSet", "Job").contains(kind(workload))) {
        pods.put(name(workload), stringMap(at(workload, "spec", "template", "metadata", "labels")));
      }
    }
    List<Map<String, Object>> policies = ofKind(objects, "NetworkPolicy").toList();
    Map<String, Object> denyAll = named(objects, "NetworkPolicy", "default-deny-ingress");
    assertEquals(Map.of(), at(denyAll, "spec", "podSelector"));

    Set<String> admitted = new TreeSet<>();
    for (Map.Entry<String, Map<String, String>> from : pods.entrySet()) {
      for (Map.Entry<String, Map<String, String>> to : pods.entrySet()) {
        for (Map<String, Object> policy : policies) {
          if (selects(map(at(policy, "spec", "podSelector")), to.getValue())) {
            for (Object rule : list(at(policy, "spec", "ingress"))) {
              for (Object peer : list(at(rule, "from"))) {
                Object podSelector = at(peer, "podSelector");
                if (podSelector != null
                    && at(peer, "namespaceSelector") == null
                    && selects(map(podSelector), from.getValue())) {
                  admitted.add(app(from.getKey()) + " -> " + app(to.getKey()));
                }
              }
            }
          }
        }
      }
    }
    Set<String> expected =
        new TreeSet<>(
            Set.of(
                "webapp -> customer-api",
                "webapp -> vehicle-api",
                "webapp -> workshop-api",
                "webapp -> handlers"));
    if (!overlay.equals("prod")) {
      for (String server : List.of("customer-api", "vehicle-api", "workshop-api", "handlers")) {
        expected.add(server + " -> artemis");
        expected.add(server + " -> sqlserver");
      }
      expected.add("sqlserver-init -> sqlserver");
      expected.add("handlers -> mailsink");
      for (String server :
          List.of("customer-api", "vehicle-api", "workshop-api", "handlers", "webapp")) {
        expected.add(server + " -> zipkin"); // spans (docs/adr/0013)
      }
    }
    assertEquals(expected, admitted, overlay);
  }

  /** A pod's application: customer-api-v1 and -v2 are both the customer API. */
  static String app(String workload) {
    return workload.replaceAll("-v[0-9]+$", "");
  }

  static Map<String, String> stringMap(Object labels) {
    Map<String, String> result = new HashMap<>();
    map(labels).forEach((k, v) -> result.put(k, String.valueOf(v)));
    return result;
  }

  /** Whether a label selector (matchLabels, matchExpressions with In) selects these labels. */
  static boolean selects(Map<String, Object> selector, Map<String, String> labels) {
    for (Map.Entry<String, Object> match : map(selector.get("matchLabels")).entrySet()) {
      if (!String.valueOf(match.getValue()).equals(labels.get(match.getKey()))) {
        return false;
      }
    }
    for (Object expression : list(selector.get("matchExpressions"))) {
      assertEquals("In", at(expression, "operator"), "only In is used");
      if (!list(at(expression, "values")).contains(labels.get((String) at(expression, "key")))) {
        return false;
      }
    }
    return true;
  }

  /** The original's other mesh demos: mirroring to v2, and faults the mesh injects. */
  @Test
  void mirroringSendsEveryGetAlsoToV2AndOnlyV1Answers() {
    List<Object> routes = customerApiRoutes("dev-mesh-mirror");
    assertEquals(2, routes.size(), routes.toString());
    Object gets = routes.get(0);
    assertEquals(List.of(Map.of("method", Map.of("exact", "GET"))), at(gets, "match"));
    assertEquals(Map.of("host", "customer-api", "subset", "v2"), at(gets, "mirror"));
    assertEquals(100, at(gets, "mirrorPercentage", "value"));
    for (Object route : routes) {
      assertEquals(
          List.of(Map.of("destination", Map.of("host", "customer-api", "subset", "v1"))),
          at(route, "route"),
          "v1 answers every call");
    }
    assertNull(at(routes.get(1), "mirror"), "no other method is mirrored");
  }

  @Test
  void faultInjectionFailsAQuarterOfTheCustomerApiCalls() {
    List<Object> routes = customerApiRoutes("dev-mesh-faults");
    assertEquals(1, routes.size());
    assertEquals(25, at(routes.get(0), "fault", "abort", "percentage", "value"));
    assertEquals(503, at(routes.get(0), "fault", "abort", "httpStatus"));
    for (String overlay : List.of("dev-mesh", "dev-mesh-mirror")) {
      assertNull(at(customerApiRoutes(overlay).get(0), "fault"), overlay + " injects no fault");
    }
  }

  /** The routes of the customer API's VirtualService in a mesh overlay. */
  static List<Object> customerApiRoutes(String overlay) {
    return list(at(named(rendered.get(overlay), "VirtualService", "customer-api"), "spec", "http"));
  }

  @Test
  void theMeshSendsAQuarterOfTheCustomerApiCallsToV2() {
    List<Map<String, Object>> mesh = rendered.get("dev-mesh");
    Map<String, Object> v2 = named(mesh, "OpenLibertyApplication", "customer-api-v2");
    Map<String, Object> v1 = named(mesh, "OpenLibertyApplication", "customer-api-v1");
    assertEquals(
        at(v1, "spec", "applicationImage"), at(v2, "spec", "applicationImage"), "one image");
    assertEquals(
        List.of(
            Map.of("name", "OTEL_SERVICE_NAME", "value", "customer-api"),
            Map.of("name", "CUSTOMER_API_VERSION", "value", "2")),
        at(v2, "spec", "env"),
        "the same service in the traces, the other version");
    assertEquals(at(v1, "spec", "envFrom"), at(v2, "spec", "envFrom"));

    Map<String, Object> service = named(mesh, "Service", "customer-api");
    Map<String, Object> selector = Map.of("matchLabels", at(service, "spec", "selector"));
    assertTrue(selects(selector, stringMap(at(v1, "metadata", "labels"))), "selects v1");
    assertTrue(selects(selector, stringMap(at(v2, "metadata", "labels"))), "selects v2");

    Map<String, Object> rule = named(mesh, "DestinationRule", "customer-api");
    Map<String, Object> subsets = new HashMap<>();
    for (Object subset : list(at(rule, "spec", "subsets"))) {
      subsets.put((String) at(subset, "name"), at(subset, "labels"));
    }
    assertTrue(
        selects(Map.of("matchLabels", subsets.get("v1")), stringMap(at(v1, "metadata", "labels"))));
    assertFalse(
        selects(Map.of("matchLabels", subsets.get("v1")), stringMap(at(v2, "metadata", "labels"))));
    assertTrue(
        selects(Map.of("matchLabels", subsets.get("v2")), stringMap(at(v2, "metadata", "labels"))));

    Map<Object, Object> weights = new HashMap<>();
    for (Object route : list(at(customerApiRoutes("dev-mesh").get(0), "route"))) {
      weights.put(at(route, "destination", "subset"), at(route, "weight"));
      assertEquals("customer-api", at(route, "destination", "host"));
    }
    assertEquals(Map.of("v1", 75, "v2", 25), weights);

    for (Map<String, Object> app : apps("dev-mesh")) {
      assertEquals("true", at(app, "metadata", "labels", "sidecar.istio.io/inject"), name(app));
      assertEquals(
          "true",
          at(app, "spec", "deployment", "annotations", "sidecar.istio.io/inject"),
          name(app));
    }
    for (Map<String, Object> app : apps("dev")) {
      assertEquals(null, at(app, "metadata", "labels", "sidecar.istio.io/inject"), name(app));
    }
  }
}
