package it.nl.pitstop.webapp;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * A fake of the customer and vehicle APIs, deployed with the test: it counts the calls it receives
 * and answers as the test tells it. The test runs in the same server and class loader, so it sets
 * the answer and reads the counts directly.
 */
@ApplicationPath("fake")
public class FakeApi extends Application {

  public static final Endpoint CUSTOMERS = new Endpoint();
  public static final Endpoint VEHICLES = new Endpoint();

  /** The message of a {@link Answer#CONFLICT}. */
  public static final String CONFLICT_MESSAGE = "The fake refuses this registration";

  /** How an endpoint answers. */
  public enum Answer {
    /** 200 with the thing asked for. */
    OK,
    /** 503 with a problem body: the API is not working. */
    UNAVAILABLE,
    /** 404 with a problem body. */
    NOT_FOUND,
    /** 409 with {@code errorMessage}: a business rule refused the request. */
    CONFLICT,
    /** Answers 200, but only after {@link Endpoint#hang(Duration)}. */
    HANG
  }

  /** One fake API: what it answers, and how many reads (GET) and writes (POST) it received. */
  public static final class Endpoint {

    private final AtomicInteger reads = new AtomicInteger();
    private final AtomicInteger writes = new AtomicInteger();
    private volatile Answer answer = Answer.OK;
    private volatile Duration hang = Duration.ZERO;

    /** Answers 200 again and forgets the counts. */
    public void reset() {
      answer = Answer.OK;
      hang = Duration.ZERO;
      reads.set(0);
      writes.set(0);
    }

    public void answer(Answer answer) {
      this.answer = answer;
    }

    /** Answers every call, after waiting this long. */
    public void hang(Duration hang) {
      this.hang = hang;
      this.answer = Answer.HANG;
    }

    public int reads() {
      return reads.get();
    }

    public int writes() {
      return writes.get();
    }

    Response read(Supplier<Object> thing) {
      reads.incrementAndGet();
      return respond(thing);
    }

    Response write(Supplier<Object> thing) {
      writes.incrementAndGet();
      return respond(thing);
    }

    private Response respond(Supplier<Object> thing) {
      return switch (answer) {
        case OK -> Response.ok(thing.get()).build();
        case UNAVAILABLE ->
            problem(
                503,
                """
                {"type":"about:blank","title":"Service Unavailable","status":503,\
                "detail":"The fake is down"}""");
        case NOT_FOUND ->
            problem(
                404,
                """
                {"type":"about:blank","title":"Not Found","status":404,\
                "detail":"The fake does not know it"}""");
        case CONFLICT -> problem(409, "{\"errorMessage\":\"" + CONFLICT_MESSAGE + "\"}");
        case HANG -> {
          sleep(hang);
          yield Response.ok(thing.get()).build();
        }
      };
    }

    private static Response problem(int status, String body) {
      return Response.status(status).type("application/problem+json").entity(body).build();
    }

    private static void sleep(Duration duration) {
      try {
        Thread.sleep(duration.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
