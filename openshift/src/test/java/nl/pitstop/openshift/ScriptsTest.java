package nl.pitstop.openshift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * start-all.sh, stop-all.sh and build-images.sh, run against a stand-in for oc/kubectl (and with
 * --dry-run for the images), since these machines have no cluster and no container engine.
 */
class ScriptsTest {

  static final String OPERATOR = Scripts.OPERATOR;
  static final String ISTIO = Scripts.ISTIO;

  @TempDir Path temp;

  List<String> run(String script, String crds, String secrets, String... args) {
    return Scripts.run(temp, script, crds, secrets, args);
  }

  @Test
  void startsWithoutTheMeshByDefaultAndRemovesWhatOnlyTheMeshHad() {
    List<String> calls = run("start-all.sh", OPERATOR, "");

    assertTrue(
        calls.contains("kubectl apply -k " + Manifests.openshift() + "/overlays/dev"),
        calls::toString);
    assertFalse(calls.stream().anyMatch(c -> c.contains("dev-mesh")), calls::toString);
    assertTrue(
        calls.contains(
            "kubectl -n pitstop-dev delete openlibertyapplication customer-api-v2 --ignore-not-found"));
    assertTrue(
        calls.contains(
            "kubectl -n pitstop-dev wait --for=condition=Ready openlibertyapplication --all"
                + " --timeout=15m"));
  }

  @Test
  void startsWithTheMeshOnRequest() {
    List<String> calls = run("start-all.sh", OPERATOR + " " + ISTIO, "", "--mesh");

    assertTrue(
        calls.contains("kubectl label namespace pitstop-dev istio-injection=enabled --overwrite"));
    assertTrue(
        calls.contains("kubectl apply -k " + Manifests.openshift() + "/overlays/dev-mesh"),
        calls::toString);
    assertFalse(calls.contains("kubectl apply -k " + Manifests.openshift() + "/overlays/dev"));
  }

  @Test
  void mirrorsOrInjectsFaultsWithTheMeshOnRequest() {
    for (String demo : List.of("mirror", "faults")) {
      List<String> calls = run("start-all.sh", OPERATOR + " " + ISTIO, "", "--mesh", "--" + demo);
      assertTrue(
          calls.contains(
              "kubectl label namespace pitstop-dev istio-injection=enabled --overwrite"));
      assertTrue(
          calls.contains(
              "kubectl apply -k " + Manifests.openshift() + "/overlays/dev-mesh-" + demo),
          calls::toString);
      assertFalse(
          calls.contains("kubectl apply -k " + Manifests.openshift() + "/overlays/dev-mesh"));
    }
  }

  @Test
  void createsTheMissingSecretsWithRandomPasswordsThatNeverAppearOnACommandLine() {
    List<String> calls = run("start-all.sh", OPERATOR, "pitstop-smtp-credentials");

    // what start-all.sh makes for dev, and with the SMTP credentials when they are missing too
    Map<String, Set<String>> created =
        new TreeMap<>(
            Map.of(
                "sqlserver-admin",
                Set.of("MSSQL_SA_PASSWORD"),
                "pitstop-database-ddl-credentials",
                Set.of("DB_USER", "DB_PASSWORD"),
                "pitstop-database-credentials",
                Set.of("DB_USER", "DB_PASSWORD"),
                "pitstop-broker-credentials",
                Set.of("BROKER_USER", "BROKER_PASSWORD"),
                "pitstop-token-signing-key",
                Set.of("jwt-private.pem"),
                "pitstop-token-verification-keys",
                Set.of("jwt-public.jwks"),
                "pitstop-local-users",
                Set.of("users.xml"),
                "pitstop-local-passwords",
                Set.of(
                    "office.password", "mechanic.password", "admin.password", "garage.password")));
    assertEquals(created, secretsIn(calls));
    assertFalse(calls.stream().anyMatch(c -> c.contains("create secret generic pitstop-smtp")));
    for (String call : calls) {
      if (call.matches("secret \\S+ \\S+PASSWORD \\d+")) {
        assertEquals("24", call.substring(call.lastIndexOf(' ') + 1), "password length: " + call);
      }
      assertFalse(call.contains("PASSWORD="), call);
      assertFalse(call.contains("password=\""), call);
      if (call.startsWith("mode ")) {
        assertEquals("mode 600", call, "the secret's files are readable by their owner only");
      }
    }
    created.put("pitstop-smtp-credentials", Set.of("SMTP_USER", "SMTP_PASSWORD"));
    assertEquals(created, Scripts.secretsStartAllCreates());
  }

  static Map<String, Set<String>> secretsIn(List<String> calls) {
    return calls.stream()
        .filter(c -> c.matches("secret \\S+ \\S+ \\d+"))
        .map(c -> c.split(" "))
        .collect(
            Collectors.groupingBy(
                parts -> parts[1], Collectors.mapping(parts -> parts[2], Collectors.toSet())));
  }

  @Test
  void refusesToStartWithoutTheOperatorOrWithoutTheMesh() {
    Manifests.CommandFailed noOperator =
        assertThrows(Manifests.CommandFailed.class, () -> run("start-all.sh", "", ""));
    assertEquals(1, noOperator.status);
    assertTrue(noOperator.err.contains("install the Open Liberty Operator"), noOperator.err);

    Manifests.CommandFailed noMesh =
        assertThrows(
            Manifests.CommandFailed.class, () -> run("start-all.sh", OPERATOR, "", "--mesh"));
    assertEquals(1, noMesh.status);
    assertTrue(noMesh.err.contains("OpenShift Service Mesh"), noMesh.err);
  }

  @Test
  void answersAnUnknownOptionWithItsUsage() {
    for (String script : List.of("start-all.sh", "stop-all.sh", "build-images.sh")) {
      Manifests.CommandFailed failed =
          assertThrows(Manifests.CommandFailed.class, () -> run(script, OPERATOR, "", "--istio"));
      assertEquals(2, failed.status, script);
      assertTrue(failed.err.contains("unknown option '--istio'"), failed.err);
      assertTrue(failed.err.contains(script), script + " prints its usage: " + failed.err);
    }
  }

  @Test
  void stopsWhatEitherStartAppliedAndKeepsTheDataUnlessPurged() {
    List<String> withMesh = run("stop-all.sh", OPERATOR + " " + ISTIO, "");
    assertTrue(
        withMesh.contains(
            "kubectl delete -k " + Manifests.openshift() + "/overlays/dev-mesh --ignore-not-found"),
        withMesh::toString);

    List<String> withoutMesh = run("stop-all.sh", OPERATOR, "", "--nomesh");
    assertTrue(
        withoutMesh.contains(
            "kubectl delete -k " + Manifests.openshift() + "/overlays/dev --ignore-not-found"),
        withoutMesh::toString);
    assertFalse(withoutMesh.stream().anyMatch(c -> c.contains("delete namespace")));

    List<String> purge = run("stop-all.sh", OPERATOR, "", "--purge");
    assertEquals(List.of("kubectl delete namespace pitstop-dev --ignore-not-found"), purge);
  }

  @Test
  void buildsOneImagePerDeployableAfterThePackageBuild() {
    assertEquals(
        Map.of(
            "customer-api", "customer-war",
            "vehicle-api", "vehicle-war",
            "workshop-api", "workshop-war",
            "handlers", "handlers-ear/ear",
            "webapp", "webapp-faces"),
        Scripts.imagesBuilt());
  }
}
