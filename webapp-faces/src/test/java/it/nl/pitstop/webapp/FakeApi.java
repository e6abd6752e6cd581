package it.nl.pitstop.webapp;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.container.AsyncResponse;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
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
    /** 200, but only after {@link Endpoint#hang(Duration)}. */
    HANG
  }

  /** One fake API: what it answers, and how many reads (GET) and writes (POST) it received. */
  public static final class Endpoint {

    private final AtomicInteger reads = new AtomicInteger();
    private final AtomicInteger writes = new AtomicInteger();
    private final Queue<AsyncResponse> hanging = new ConcurrentLinkedQueue<>();
    private volatile Answer answer = Answer.OK;
    private volatile Duration hang = Duration.ZERO;

    /** Answers 200 again, ends the calls that still hang and forgets the counts. */
    public void reset() {
      answer = Answer.OK;
      for (AsyncResponse call = hanging.poll(); call != null; call = hanging.poll()) {
        call.cancel();
      }
      reads.set(0);
      writes.set(0);
    }

    public void answer(Answer answer) {
      this.answer = answer;
    }

    /**
     * Answers every call after this long, or ends it at the next {@link #reset()}. A hanging call
     * is suspended and holds no thread of the server, as a remote API's would not: Liberty runs the
     * timers of {@code @Timeout} on the server's executor, and threads blocked in the fake delayed
     * them by seconds.
     */
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

    void read(AsyncResponse call, Supplier<Object> thing) {
      reads.incrementAndGet();
      respond(call, thing);
    }

    void write(AsyncResponse call, Supplier<Object> thing) {
      writes.incrementAndGet();
      respond(call, thing);
    }

    private void respond(AsyncResponse call, Supplier<Object> thing) {
      switch (answer) {
        case OK -> call.resume(Response.ok(thing.get()).build());
        case UNAVAILABLE ->
            call.resume(
                problem(
                    503,
                    """
                    {"type":"about:blank","title":"Service Unavailable","status":503,\
                    "detail":"The fake is down"}"""));
        case NOT_FOUND ->
            call.resume(
                problem(
                    404,
                    """
                    {"type":"about:blank","title":"Not Found","status":404,\
                    "detail":"The fake does not know it"}"""));
        case CONFLICT ->
            call.resume(problem(409, "{\"errorMessage\":\"" + CONFLICT_MESSAGE + "\"}"));
        case HANG -> {
          call.setTimeoutHandler(late -> late.resume(Response.ok(thing.get()).build()));
          call.setTimeout(hang.toMillis(), TimeUnit.MILLISECONDS);
          hanging.add(call);
        }
      }
    }

    private static Response problem(int status, String body) {
      return Response.status(status).type("application/problem+json").entity(body).build();
    }
  }
}
