package nl.pitstop.openshift;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.yaml.snakeyaml.Yaml;

/** The repository's OpenShift folder, and its overlays rendered with {@code kubectl kustomize}. */
public final class Manifests {

  /** The overlays an environment is deployed from. */
  public static final List<String> OVERLAYS =
      List.of("dev", "dev-mesh", "dev-mesh-mirror", "dev-mesh-faults", "prod");

  private Manifests() {}

  /** The repository root (the build passes it; a run from the IDE in this module finds it too). */
  public static Path root() {
    String root = System.getProperty("pitstop.root");
    return root != null ? Path.of(root) : Path.of("..").toAbsolutePath().normalize();
  }

  public static Path openshift() {
    return root().resolve("openshift");
  }

  private static final Map<String, List<Map<String, Object>>> RENDERED = new ConcurrentHashMap<>();

  /**
   * Renders a kustomization folder (relative to openshift/) and returns its objects; once per
   * folder and test run, since the files do not change while the tests read them.
   */
  public static List<Map<String, Object>> render(String folder) {
    return RENDERED.computeIfAbsent(
        folder,
        f -> {
          Path dir = openshift().resolve(f);
          return List.copyOf(parse(run(List.of("kubectl", "kustomize", dir.toString()), null)));
        });
  }

  /** Parses a stream of YAML documents into objects. */
  @SuppressWarnings("unchecked")
  public static List<Map<String, Object>> parse(String yaml) {
    List<Map<String, Object>> objects = new ArrayList<>();
    for (Object document : new Yaml().loadAll(yaml)) {
      if (document != null) {
        objects.add((Map<String, Object>) document);
      }
    }
    return objects;
  }

  /** Runs a command and returns its standard output; fails with its error output otherwise. */
  public static String run(List<String> command, Map<String, String> environment) {
    ProcessBuilder builder = new ProcessBuilder(command).directory(root().toFile());
    if (environment != null) {
      builder.environment().putAll(environment);
    }
    try {
      Path stderr = java.nio.file.Files.createTempFile("manifests", ".err");
      Process process = builder.redirectError(stderr.toFile()).start();
      String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(2, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new IllegalStateException(command + " did not finish");
      }
      String err = java.nio.file.Files.readString(stderr);
      java.nio.file.Files.delete(stderr);
      if (process.exitValue() != 0) {
        throw new CommandFailed(command, process.exitValue(), out, err);
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A command that exited with a status other than 0. */
  static final class CommandFailed extends RuntimeException {
    final int status;
    final String out;
    final String err;

    CommandFailed(List<String> command, int status, String out, String err) {
      super(command + " exited with " + status + ":\n" + err + out);
      this.status = status;
      this.out = out;
      this.err = err;
    }
  }

  // --- reading rendered objects ---

  public static String kind(Map<String, Object> object) {
    return String.valueOf(object.get("kind"));
  }

  public static String name(Map<String, Object> object) {
    return String.valueOf(map(object.get("metadata")).get("name"));
  }

  public static Stream<Map<String, Object>> ofKind(List<Map<String, Object>> objects, String kind) {
    return objects.stream().filter(o -> kind.equals(kind(o)));
  }

  public static Map<String, Object> named(
      List<Map<String, Object>> objects, String kind, String name) {
    return ofKind(objects, kind)
        .filter(o -> name.equals(name(o)))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + kind + " " + name + " in the manifests"));
  }

  /** The value at a path of keys, or null. */
  public static Object at(Object object, String... keys) {
    Object current = object;
    for (String key : keys) {
      if (!(current instanceof Map<?, ?> m)) {
        return null;
      }
      current = m.get(key);
    }
    return current;
  }

  @SuppressWarnings("unchecked")
  public static Map<String, Object> map(Object value) {
    return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
  }

  @SuppressWarnings("unchecked")
  public static List<Object> list(Object value) {
    return value instanceof List<?> l ? (List<Object>) l : List.of();
  }

  public static String text(Object value) {
    return Objects.toString(value, null);
  }
}
