import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Creates the local run's secrets once, in the directory given (run by pitstop.sh with the JDK's
 * source launcher): the signing key of the staff tokens (jwt-private.pem, PKCS#8), the next signing
 * key (jwt-next-private.pem; the APIs' key set, jwt-public.jwks, holds the public parts of both), a
 * random password for each user of the web app's local registry ({user}.password) and that registry
 * as a Liberty configuration file the web app includes (users.xml: each user with a one-way hash of
 * their password, a group per role, and the users who hold it). Keys and passwords, once made, are
 * kept; the registry is written anew from them when its users changed or it held a clear password.
 * The local database server's password (db.password), and a Liberty
 * configuration file that gives it to the servers as the default of db.password (database.xml;
 * DB_PASSWORD still overrides it). Nothing here is ever committed or logged.
 */
public class GenerateSecrets {

  static final List<String> ROLES = List.of("office", "mechanic", "admin");

  /** The local users' password hash: Liberty's ({@link #hashed}). */
  static final String HASH = "PBKDF2WithHmacSHA512";

  static final int HASH_ITERATIONS = 6384;

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
    Path registry = dir.resolve("users.xml");
    if (!Files.exists(registry)
        || !registryOf(dir, clear -> "{hash}").equals(hashesHidden(registry))) {
      write(registry, registryOf(dir, password -> hashed(password, random)));
    }
  }

  /**
   * The web app's local registry: each user with their password as {@code password} makes it, a
   * group per role with the users who hold it.
   */
  static String registryOf(Path dir, UnaryOperator<String> password) throws IOException {
    StringBuilder xml =
        new StringBuilder(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<!-- The web app's local users (made by GenerateSecrets.java). Their passwords are"
                + " one-way hashes; each user's own is in <user>.password beside this file. -->\n"
                + "<server>\n  <basicRegistry id=\"basic\" realm=\"pitstop\">\n");
    for (String user : USERS.keySet()) {
      String clear = Files.readString(dir.resolve(user + ".password")).strip();
      xml.append("    <user name=\"").append(user).append("\" password=\"");
      xml.append(password.apply(clear)).append("\"/>\n");
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
    return xml.append("  </basicRegistry>\n</server>\n").toString();
  }

  /** A registry file with its hashes as marks: it differs by a user, a role or a clear password. */
  static String hashesHidden(Path registry) throws IOException {
    return Files.readString(registry)
        .replaceAll("password=\"\\{hash\\}[^\"]*\"", "password=\"{hash}\"");
  }

  /**
   * A password as Liberty's one-way hash, what {@code securityUtility encode --encoding=hash} writes
   * and a basic registry verifies: PBKDF2 with HMAC-SHA512 over a random 32-byte salt, 256 bits,
   * Liberty's default iterations; laid out as Liberty's tagged record (version 1, then the
   * algorithm, the salt and the digest, each with its length), in base64 after {@code {hash}}.
   */
  static String hashed(String password, SecureRandom random) {
    try {
      byte[] salt = new byte[32];
      random.nextBytes(salt);
      byte[] digest =
          SecretKeyFactory.getInstance(HASH)
              .generateSecret(new PBEKeySpec(password.toCharArray(), salt, HASH_ITERATIONS, 256))
              .getEncoded();
      ByteArrayOutputStream record = new ByteArrayOutputStream();
      DataOutputStream out = new DataOutputStream(record);
      out.writeByte(1);
      tagged(out, 0x10, HASH.getBytes(StandardCharsets.US_ASCII));
      tagged(out, 0x30, salt);
      tagged(out, 0x40, digest);
      return "{hash}" + Base64.getEncoder().encodeToString(record.toByteArray());
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void tagged(DataOutputStream out, int tag, byte[] value) throws IOException {
    out.writeByte(tag);
    out.writeInt(value.length);
    out.write(value);
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
