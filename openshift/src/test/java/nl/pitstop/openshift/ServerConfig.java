package nl.pitstop.openshift;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * What a Liberty deployable really uses, read from its sources: its {@code server.xml} with the
 * shared fragments it includes (every database vendor's), the fragment its Containerfile drops in,
 * and the MicroProfile Config properties its Java code reads.
 */
public final class ServerConfig {

  /** A config property injected ({@code @ConfigProperty}) or read from a {@code Config}. */
  private static final Pattern CONFIG_PROPERTY =
      Pattern.compile(
          "(?:@ConfigProperty\\(\\s*name\\s*=\\s*|\\.get(?:Optional)?Values?\\(\\s*)\"([^\"]+)\"");

  private static final Pattern ENV_REFERENCE = Pattern.compile("\\$\\{env\\.([A-Za-z0-9_]+)}");

  public final Path module;
  final Map<String, String> variables = new LinkedHashMap<>();

  /** The variables the container image overrides (credentials-from-environment.xml). */
  final Set<String> containerVariables = new LinkedHashSet<>();

  final Set<String> features = new LinkedHashSet<>();

  /** How long Liberty waits for the applications before it opens the ports anyway (30 s unset). */
  private String applicationStartTimeout = "30s";

  final List<String> applications = new ArrayList<>();
  final Set<String> environmentReferences = new LinkedHashSet<>();
  final Set<String> configProperties = new LinkedHashSet<>();
  final String containerfile;

  private ServerConfig(Path module) {
    this.module = module;
    this.containerfile = read(module.resolve("Containerfile"));
    readServerXml(module.resolve("src/main/liberty/config/server.xml"));
    if (containerfile.contains("credentials-from-environment.xml")) {
      readServerXml(sharedConfig().resolve("container/credentials-from-environment.xml"));
    }
    for (Path sources : sourceFolders()) {
      try (Stream<Path> files = Files.walk(sources)) {
        files
            .filter(f -> f.toString().endsWith(".java"))
            .forEach(
                f -> {
                  Matcher m = CONFIG_PROPERTY.matcher(read(f));
                  while (m.find()) {
                    configProperties.add(m.group(1));
                  }
                });
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static final Map<String, ServerConfig> READ = new ConcurrentHashMap<>();

  /**
   * The configuration of the deployable in a module folder (relative to the repository root), read
   * once per test run.
   */
  public static ServerConfig of(String module) {
    return READ.computeIfAbsent(module, m -> new ServerConfig(Manifests.root().resolve(m)));
  }

  private static Path sharedConfig() {
    return Manifests.root().resolve("liberty-config/shared-config/src/main/liberty/shared/config");
  }

  /** The module's own sources, and those of the project's libraries and EAR modules it contains. */
  private List<Path> sourceFolders() {
    List<Path> folders = new ArrayList<>();
    Path root = Manifests.root();
    List<Path> candidates = new ArrayList<>(List.of(module, root.resolve("platform")));
    if (module.getParent().getFileName().toString().equals("handlers-ear")) {
      candidates.add(module.getParent());
    }
    for (Path candidate : candidates) {
      try (Stream<Path> dirs = Files.walk(candidate, 4)) {
        dirs.filter(d -> d.endsWith(Path.of("src/main/java"))).forEach(folders::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return folders;
  }

  private void readServerXml(Path file) {
    Element server;
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      server = factory.newDocumentBuilder().parse(file.toFile()).getDocumentElement();
    } catch (Exception e) {
      throw new IllegalStateException("cannot read " + file, e);
    }
    for (Element variable : elements(server, "variable")) {
      String value =
          variable.hasAttribute("value")
              ? variable.getAttribute("value")
              : variable.getAttribute("defaultValue");
      variables.put(variable.getAttribute("name"), value);
      if (file.getParent().endsWith("container")) {
        containerVariables.add(variable.getAttribute("name"));
      }
      Matcher env = ENV_REFERENCE.matcher(value);
      while (env.find()) {
        environmentReferences.add(env.group(1));
      }
    }
    for (Element manager : elements(server, "applicationManager")) {
      if (manager.hasAttribute("startTimeout")) {
        applicationStartTimeout = manager.getAttribute("startTimeout");
      }
    }
    for (Element feature : elements(server, "feature")) {
      features.add(feature.getTextContent().trim());
    }
    for (String kind : List.of("webApplication", "enterpriseApplication", "application")) {
      for (Element application : elements(server, kind)) {
        applications.add(application.getAttribute("location"));
      }
    }
    for (Element include : elements(server, "include")) {
      String location = include.getAttribute("location");
      String name = location.substring(location.lastIndexOf('/') + 1);
      if (location.startsWith("${pitstop.secrets}/")
          && include.getAttribute("optional").equals("true")) {
        continue; // made per checkout or mounted from a Secret (docs/adr/0011), never in the
        // sources
      }
      if (location.startsWith("${server.config.dir}/")) {
        // the module's own variants (login-${login}.xml): every one of them, the variable decides
        // at run time
        String prefix = name.contains("${") ? name.substring(0, name.indexOf("${")) : name;
        try (Stream<Path> own = Files.list(file.getParent())) {
          own.filter(f -> f.getFileName().toString().startsWith(prefix))
              .filter(f -> f.toString().endsWith(".xml"))
              .sorted()
              .forEach(this::readServerXml);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        continue;
      }
      if (!location.startsWith("${shared.config.dir}/")) {
        throw new IllegalStateException(file + " includes " + location + ", not a shared fragment");
      }
      if (name.contains("${")) {
        // every variant of the fragment (each database vendor's, plain or HTTPS between the
        // servers): the variable decides at run time
        String prefix = name.substring(0, name.indexOf("${"));
        try (Stream<Path> fragments = Files.list(sharedConfig())) {
          fragments
              .filter(f -> f.getFileName().toString().startsWith(prefix))
              .sorted()
              .forEach(this::readServerXml);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      } else {
        readServerXml(sharedConfig().resolve(name));
      }
    }
  }

  private static List<Element> elements(Element parent, String name) {
    List<Element> found = new ArrayList<>();
    NodeList children = parent.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      if (children.item(i) instanceof Element e) {
        if (e.getTagName().equals(name)) {
          found.add(e);
        }
        if (e.getTagName().equals("featureManager")) {
          found.addAll(elements(e, name));
        }
      }
    }
    return found;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The environment variable that sets a server.xml variable or a MicroProfile Config property:
   * every character that is not a letter or digit becomes {@code _}, in upper case (Liberty's and
   * MicroProfile Config's rule).
   */
  static String environmentName(String property) {
    return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
  }

  /** Whether setting this environment variable changes anything in this server. */
  public boolean reads(String environmentVariable) {
    return environmentReferences.contains(environmentVariable)
        // the OpenTelemetry SDK of mpTelemetry, configured at runtime level (docs/adr/0013)
        || environmentVariable.startsWith("OTEL_") && features.contains("mpTelemetry-2.0")
        // Liberty's own logging (messages.log and console format)
        || environmentVariable.startsWith("WLP_LOGGING_")
        || Stream.concat(variables.keySet().stream(), configProperties.stream())
            .map(ServerConfig::environmentName)
            .anyMatch(environmentVariable::equals);
  }

  /**
   * How long the server waits for its applications to start before it opens its ports anyway
   * ({@code applicationManager startTimeout}, variables resolved), in seconds.
   */
  int applicationStartTimeoutSeconds() {
    String value = resolved(applicationStartTimeout);
    Matcher duration = Pattern.compile("(\\d+)([sm])").matcher(value);
    if (!duration.matches()) {
      throw new AssertionError(module + ": a start timeout of " + value + " (seconds or minutes)");
    }
    return Integer.parseInt(duration.group(1)) * (duration.group(2).equals("m") ? 60 : 1);
  }

  /** A variable's value, with ${...} references to other variables resolved. */
  String variable(String name) {
    String value = variables.get(name);
    if (value == null) {
      throw new AssertionError(module + " has no variable " + name);
    }
    return resolved(value);
  }

  /** A value with its ${...} references to variables resolved. */
  private String resolved(String value) {
    Matcher reference = Pattern.compile("\\$\\{([a-z.]+)}").matcher(value);
    StringBuilder resolved = new StringBuilder();
    while (reference.find()) {
      reference.appendReplacement(resolved, Matcher.quoteReplacement(variable(reference.group(1))));
    }
    reference.appendTail(resolved);
    return resolved.toString();
  }

  /**
   * The migrations folders of the databases the server migrates as it starts ({@code
   * pitstop.schema.migrations}: a server.xml variable or the application's config properties).
   */
  public List<String> schemaMigrations() {
    String value = variables.get("pitstop.schema.migrations");
    Path properties = module.resolve("src/main/resources/META-INF/microprofile-config.properties");
    if (value == null && Files.exists(properties)) {
      value =
          read(properties)
              .lines()
              .filter(l -> l.startsWith("pitstop.schema.migrations="))
              .map(l -> l.substring(l.indexOf('=') + 1))
              .findFirst()
              .orElse(null);
    }
    if (value == null) {
      return List.of();
    }
    return Stream.of(value.split(","))
        .map(String::trim)
        .map(pair -> pair.substring(pair.indexOf(':') + 1))
        .toList();
  }

  public int httpPort() {
    return Integer.parseInt(variable("http.port"));
  }

  /**
   * Where the server answers /health and /metrics: the port of its management endpoint where it has
   * one (the web app), else its HTTP port.
   */
  public int managementPort() {
    String management = variables.get("management.port");
    return management == null ? httpPort() : Integer.parseInt(management);
  }

  /** The value of a Containerfile instruction's argument, e.g. ARG LIBERTY_VERSION. */
  public List<String> containerfileLines(String instruction) {
    List<String> lines = new ArrayList<>();
    String joined = containerfile.replace("\\\n", " ");
    for (String line : joined.split("\n")) {
      String trimmed = line.trim();
      if (trimmed.startsWith(instruction + " ")) {
        lines.add(trimmed.substring(instruction.length()).trim().replaceAll("\\s+", " "));
      }
    }
    return lines;
  }
}
