import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Creates the local run's secrets once, in the directory given (run by pitstop.sh with the JDK's
 * source launcher): the signing key of the staff tokens (jwt-private.pem, PKCS#8), the next signing
 * key (jwt-next-private.pem; the APIs' key set, jwt-public.jwks, holds the public parts of both), a
 * random password for each user of the web app's local registry ({user}.password) and that registry
 * as a Liberty configuration file the web app includes (users.xml: a group per role, and the users
 * who hold it). Keys and passwords, once made, are kept; the registry is written anew from them when
 * its users changed. The local database server's password (db.password), and a Liberty
 * configuration file that gives it to the servers as the default of db.password (database.xml;
 * DB_PASSWORD still overrides it). Nothing here is ever committed or logged.
 */
public class GenerateSecrets {

  static final List<String> ROLES = List.of("office", "mechanic", "admin");

  /** The local users and the roles each holds: one per role, and one with all (a one-person garage). */
  static final Map<String, List<String>> USERS = new LinkedHashMap<>();

  static {
    ROLES.forEach(role -> USERS.put(role, List.of(role)));
    USERS.put("garage", ROLES);
  }

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    Files.createDirectories(dir);
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
    signingKeyOnce(dir.resolve("jwt-private.pem"));
    // The next signing key, published in advance in the APIs' key set (jwt-public.jwks, which
    // ./pitstop writes from both), as a rotation would have it (docs/adr/0021).
    signingKeyOnce(dir.resolve("jwt-next-private.pem"));
    SecureRandom random = new SecureRandom();
    for (String user : USERS.keySet()) {
      passwordOnce(dir.resolve(user + ".password"), random, 15);
    }
    Path databasePassword = dir.resolve("db.password");
    passwordOnce(databasePassword, random, 18);
    String database =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<!-- The local database server's password (made by GenerateSecrets.java). -->\n"
            + "<server>\n  <variable name=\"db.password\" defaultValue=\""
            + Files.readString(databasePassword).strip()
            + "\"/>\n</server>\n";
    Path databaseFile = dir.resolve("database.xml");
    if (!Files.exists(databaseFile) || !Files.readString(databaseFile).equals(database)) {
      write(databaseFile, database);
    }
    StringBuilder xml =
        new StringBuilder(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<!-- The web app's local users (made by GenerateSecrets.java). -->\n"
                + "<server>\n  <basicRegistry id=\"basic\" realm=\"pitstop\">\n");
    for (String user : USERS.keySet()) {
      String password = Files.readString(dir.resolve(user + ".password")).strip();
      xml.append("    <user name=\"").append(user).append("\" password=\"").append(password);
      xml.append("\"/>\n");
    }
    for (String role : ROLES) {
      xml.append("    <group name=\"").append(role).append("\">");
      USERS.forEach(
          (user, roles) -> {
            if (roles.contains(role)) {
              xml.append("<member name=\"").append(user).append("\"/>");
            }
          });
      xml.append("</group>\n");
    }
    String registry = xml.append("  </basicRegistry>\n</server>\n").toString();
    Path file = dir.resolve("users.xml");
    if (!Files.exists(file) || !Files.readString(file).equals(registry)) {
      write(file, registry);
    }
  }

  /** An RSA signing key in PKCS#8 PEM, made unless the file is there. */
  static void signingKeyOnce(Path file) throws Exception {
    if (!Files.exists(file)) {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      write(file, pem("PRIVATE KEY", generator.generateKeyPair().getPrivate().getEncoded()));
    }
  }

  /** A random password of this many bytes (base64url), made unless the file is there. */
  static void passwordOnce(Path file, SecureRandom random, int bytes) throws IOException {
    if (!Files.exists(file)) {
      byte[] secret = new byte[bytes];
      random.nextBytes(secret);
      write(file, Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
    }
  }

  static String pem(String type, byte[] der) {
    return "-----BEGIN " + type + "-----\n"
        + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
        + "\n-----END " + type + "-----\n";
  }

  static void write(Path file, String content) throws IOException {
    Path temporary = file.resolveSibling(file.getFileName() + ".new");
    Files.writeString(temporary, content, StandardCharsets.US_ASCII);
    Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
    Files.move(
        temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
