package nl.pitstop.openshift;

import static nl.pitstop.openshift.Manifests.at;
import static nl.pitstop.openshift.Manifests.list;
import static nl.pitstop.openshift.Manifests.ofKind;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A Liberty server as an overlay deploys it: its OpenLibertyApplication, the image it runs (one
 * that build-images.sh builds), the configuration of that image's module, and the environment it
 * gets.
 */
public record Server(
    String overlay,
    Map<String, Object> app,
    String image,
    ServerConfig config,
    Map<String, String> environment) {

  /** The servers of a rendered overlay. */
  public static List<Server> in(
      List<Map<String, Object>> rendered,
      String overlay,
      Map<String, String> imagesBuilt,
      Map<String, Set<String>> secretKeys) {
    List<Server> servers = new ArrayList<>();
    for (Map<String, Object> app : ofKind(rendered, "OpenLibertyApplication").toList()) {
      String image = (String) at(app, "spec", "applicationImage");
      String repository = image.substring(0, image.lastIndexOf(':'));
      String imageName = repository.substring(repository.lastIndexOf('/') + 1);
      String module = imagesBuilt.get(imageName);
      if (module == null) {
        throw new AssertionError(
            Manifests.name(app) + ": image " + image + " is not one build-images.sh builds");
      }
      servers.add(
          new Server(
              overlay,
              app,
              imageName,
              ServerConfig.of(module),
              environment(app, rendered, secretKeys)));
    }
    return servers;
  }

  public String name() {
    return Manifests.name(app) + " (" + overlay + ")";
  }

  /**
   * The environment a server gets: its env entries, and the keys of its ConfigMaps (with their
   * values) and of its Secrets (with the value "(secret)").
   */
  private static Map<String, String> environment(
      Map<String, Object> app,
      List<Map<String, Object>> rendered,
      Map<String, Set<String>> secrets) {
    Map<String, String> environment = new HashMap<>();
    for (Object source : list(at(app, "spec", "envFrom"))) {
      Object configMap = at(source, "configMapRef", "name");
      if (configMap != null) {
        Map<String, Object> data = Manifests.named(rendered, "ConfigMap", (String) configMap);
        Manifests.map(data.get("data")).forEach((k, v) -> environment.put(k, String.valueOf(v)));
      }
      Object secret = at(source, "secretRef", "name");
      if (secret != null) {
        for (String key : secrets.get((String) secret)) {
          environment.put(key, "(secret)");
        }
      }
    }
    environment.putAll(env(app));
    return environment;
  }

  /** An application's own env entries (spec.env), by name. */
  public static Map<String, String> env(Map<String, Object> app) {
    Map<String, String> env = new HashMap<>();
    for (Object variable : list(at(app, "spec", "env"))) {
      env.put((String) at(variable, "name"), (String) at(variable, "value"));
    }
    return env;
  }
}
