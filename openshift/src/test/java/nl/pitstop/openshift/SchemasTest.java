package nl.pitstop.openshift;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The validator itself: it accepts valid objects and names each kind of mistake. */
class SchemasTest {

  static Schemas schemas;

  @BeforeAll
  static void load() {
    schemas = Schemas.load();
  }

  static Map<String, Object> one(String yaml) {
    return Manifests.parse(yaml).get(0);
  }

  static final String APP =
      """
      apiVersion: apps.openliberty.io/v1
      kind: OpenLibertyApplication
      metadata: {name: demo, labels: {app: demo}}
      spec:
        applicationImage: pitstop/demo:1
        replicas: 2
        service: {port: 5100}
        probes:
          readiness: {httpGet: {path: /health/ready, port: 5100, scheme: HTTP}, periodSeconds: 5}
        resources: {requests: {cpu: 250m, memory: 512Mi}, limits: {cpu: "1", memory: 1Gi}}
        env: [{name: A, value: b}]
      """;

  @Test
  void acceptsAValidOpenLibertyApplication() {
    assertEquals(List.of(), schemas.validate(one(APP)));
  }

  @Test
  void rejectsAnUnknownFieldOfTheOperatorsCrd() {
    List<String> errors = schemas.validate(one(APP.replace("replicas: 2", "replica: 2")));
    assertEquals(List.of("OpenLibertyApplication demo.spec.replica: unknown field"), errors);
  }

  @Test
  void rejectsAWrongTypeAValueOutsideTheEnumAndANumberBelowTheMinimum() {
    List<String> errors =
        schemas.validate(
            one(
                APP.replace("replicas: 2", "replicas: two")
                    .replace(
                        "service: {port: 5100}",
                        "service: {port: 0}\n  monitoring: {endpoints: [{scheme: ftp}]}")));
    assertEquals(
        List.of(
            "OpenLibertyApplication demo.spec.replicas: expected integer",
            "OpenLibertyApplication demo.spec.service.port: 0 is below the minimum 1",
            "OpenLibertyApplication demo.spec.monitoring.endpoints[0].scheme: 'ftp' is not one of"
                + " [http, https, HTTP, HTTPS]"),
        errors);
  }

  @Test
  void rejectsAMissingRequiredField() {
    List<String> errors =
        schemas.validate(one(APP.replace("  applicationImage: pitstop/demo:1\n", "")));
    assertEquals(
        List.of("OpenLibertyApplication demo.spec.applicationImage: required field missing"),
        errors);
  }

  @Test
  void readsPortsAsIntegerOrString() {
    String service =
        """
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          ports: [{name: http, port: 80, targetPort: http}]
        """;
    assertEquals(List.of(), schemas.validate(one(service)));
    assertEquals(
        List.of("Service s.spec.ports[0].targetPort: expected integer or string"),
        schemas.validate(one(service.replace("targetPort: http", "targetPort: [1]"))));
  }

  @Test
  void checksKubernetesOpenShiftAndIstioKindsStrictly() {
    String deployment =
        """
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: d}
        spec:
          selector: {matchLabels: {app: d}}
          template:
            metadata: {labels: {app: d}}
            spec:
              containers: [{name: c, image: i, imagePullPolice: Always}]
        """;
    assertEquals(
        List.of("Deployment d.spec.template.spec.containers[0].imagePullPolice: unknown field"),
        schemas.validate(one(deployment)));
    String route =
        """
        apiVersion: route.openshift.io/v1
        kind: Route
        metadata: {name: r}
        spec: {to: {kind: Service, name: web}, tls: {termination: edge, insecureEdgeTermination: Redirect}}
        """;
    assertEquals(
        List.of("Route r.spec.tls.insecureEdgeTermination: unknown field"),
        schemas.validate(one(route)));
    String virtualService =
        """
        apiVersion: networking.istio.io/v1beta1
        kind: VirtualService
        metadata: {name: v, labelz: {}}
        spec: {hosts: [a], http: [{route: [{destination: {host: a}, weight: "75"}]}]}
        """;
    assertEquals(
        List.of(
            "VirtualService v.spec.http[0].route[0].weight: expected integer",
            "VirtualService v.metadata.labelz: unknown field"),
        schemas.validate(one(virtualService)));
  }

  @Test
  void takesIstiosEnumsByNameAndItsOneOfFieldsInlineOneAtATime() {
    String valid =
        """
        apiVersion: security.istio.io/v1beta1
        kind: PeerAuthentication
        metadata: {name: p}
        spec: {mtls: {mode: STRICT}}
        ---
        apiVersion: networking.istio.io/v1beta1
        kind: VirtualService
        metadata: {name: v}
        spec:
          hosts: [a]
          http:
            - match: [{method: {exact: GET}}]
              fault: {abort: {percentage: {value: 25}, httpStatus: 503}}
              route: [{destination: {host: a}}]
        """;
    for (Map<String, Object> object : Manifests.parse(valid)) {
      assertEquals(List.of(), schemas.validate(object));
    }
    String invalid =
        """
        apiVersion: networking.istio.io/v1beta1
        kind: VirtualService
        metadata: {name: v}
        spec:
          hosts: [a]
          http:
            - match: [{method: {exact: GET, prefix: /x, almost: y}}]
              fault: {abort: {httpStatus: "503"}}
              route: [{destination: {host: a}}]
        """;
    assertEquals(
        List.of(
            "VirtualService v.spec.http[0].fault.abort.httpStatus: expected integer",
            "VirtualService v.spec.http[0].match[0].method.almost: unknown field",
            "VirtualService v.spec.http[0].match[0].method.prefix: only one of its group, and exact"
                + " is set"),
        schemas.validate(one(invalid)).stream().sorted().toList());
    assertEquals(
        List.of(
            "PeerAuthentication p.spec.mtls.mode: expected one of [UNSET, DISABLE, PERMISSIVE, STRICT]"),
        schemas.validate(
            one(
                """
                apiVersion: security.istio.io/v1beta1
                kind: PeerAuthentication
                metadata: {name: p}
                spec: {mtls: {mode: STRICTER}}
                """)));
  }

  @Test
  void refusesAKindWithoutSchema() {
    assertEquals(
        List.of("example.com/v1 Widget: no schema for this kind"),
        schemas.validate(one("apiVersion: example.com/v1\nkind: Widget\nmetadata: {name: w}\n")));
  }
}
