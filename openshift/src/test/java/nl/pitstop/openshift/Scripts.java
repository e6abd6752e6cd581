package nl.pitstop.openshift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** What the scripts in openshift/ do, run with a stand-in kubectl or with --dry-run. */
public final class Scripts {

  /** The CRDs the scripts look for: the Open Liberty Operator's and the mesh's. */
  static final String OPERATOR = "openlibertyapplications.apps.openliberty.io";

  static final String ISTIO = "virtualservices.networking.istio.io";

  private Scripts() {}

  /**
   * Runs a script of openshift/ with the fake kubectl; returns its calls, one per line. The
   * script's temporary files go to a folder of their own, which must be empty afterwards: what
   * start-all.sh writes there are passwords and keys on their way into Secrets.
   */
  public static List<String> run(
      Path temp, String script, String crds, String secrets, String... args) {
    Path log = temp.resolve("calls.log");
    Path fake = temp.resolve("kubectl");
    try {
      Files.deleteIfExists(log);
      Files.createFile(log);
      if (!Files.exists(fake)) {
        Files.copy(Manifests.openshift().resolve("src/test/resources/fake/kubectl"), fake);
        Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwx------"));
      }
      Path scratch = Files.createDirectories(temp.resolve("tmp"));
      List<String> command = new ArrayList<>(List.of("bash", "openshift/" + script));
      command.addAll(List.of(args));
      Manifests.run(
          command,
          Map.of(
              "KUBECTL",
              fake.toString(),
              "FAKE_LOG",
              log.toString(),
              "FAKE_CRDS",
              crds,
              "FAKE_SECRETS",
              secrets,
              "TMPDIR",
              scratch.toString()));
      try (Stream<Path> left = Files.list(scratch)) {
        List<Path> files = left.toList();
        if (!files.isEmpty()) {
          throw new AssertionError(script + " left its temporary files: " + files);
        }
      }
      return Files.readAllLines(log);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The Secrets start-all.sh creates in a namespace without them, with their keys: the names the
   * manifests may reference and the keys the servers receive.
   */
  public static Map<String, Set<String>> secretsStartAllCreates() {
    Path temp;
    try {
      temp = Files.createTempDirectory("scripts");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, Set<String>> secrets = new TreeMap<>();
    Pattern secret = Pattern.compile("secret (\\S+) (\\S+) (\\d+)");
    for (String call : run(temp, "start-all.sh", OPERATOR, "")) {
      Matcher m = secret.matcher(call);
      if (m.matches()) {
        secrets.computeIfAbsent(m.group(1), k -> new TreeSet<>()).add(m.group(2));
      }
    }
    return secrets;
  }

  /** The images build-images.sh builds: name, module and tag. */
  public static Map<String, String> imagesBuilt() {
    String out =
        Manifests.run(
            List.of("bash", "openshift/build-images.sh", "--dry-run", "--registry", "reg/ns"),
            Map.of("CONTAINER_ENGINE", "podman"));
    Map<String, String> images = new TreeMap<>();
    Pattern build =
        Pattern.compile(
            "podman build -f (\\S+)/Containerfile -t reg/ns/([a-z-]+):(\\S+) --build-arg"
                + " VERSION=(\\S+) --build-arg REVISION=\\S+ (\\S+)");
    for (String line : out.split("\n")) {
      Matcher m = build.matcher(line);
      if (m.matches()) {
        assertEquals(m.group(1), m.group(5), "the module folder is the build context");
        assertEquals(m.group(3), m.group(4), "the tag is the version label");
        images.put(m.group(2), Manifests.root().relativize(Path.of(m.group(1))).toString());
      }
    }
    assertTrue(out.contains("mvnw -B -q -f " + Manifests.root() + "/pom.xml package -DskipTests"));
    return images;
  }
}
