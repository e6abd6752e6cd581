package nl.pitstop.tools;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;

/** The run tool of this checkout ({@code ./pitstop}) and the ports its tests give it. */
final class LocalTool {

  static final Path PITSTOP = root().resolve("pitstop");

  private LocalTool() {}

  static boolean listening(int port) {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Path root() {
    Path directory = Path.of("").toAbsolutePath();
    while (!Files.isRegularFile(directory.resolve("pitstop"))) {
      directory = directory.getParent();
      if (directory == null) {
        throw new IllegalStateException("no ./pitstop above " + Path.of("").toAbsolutePath());
      }
    }
    return directory;
  }
}
