package nl.pitstop.webapp.client;

/**
 * An API answered with an error status. The subclasses say what the web app does with it: {@link
 * NotFound} shows the not-found page, {@link Rejected} shows the message on the form, {@link
 * Failed} means the API is not working (and counts for its circuit breaker).
 */
public abstract sealed class ApiException extends RuntimeException {

  private final transient ApiProblem problem;

  ApiException(ApiProblem problem) {
    super(problem.message());
    this.problem = problem;
  }

  public ApiProblem problem() {
    return problem;
  }

  public int status() {
    return problem.status();
  }

  /** A not-found for an address the web app itself can tell is wrong (e.g. not a date). */
  public static NotFound notFound(String detail) {
    return new NotFound(new ApiProblem("about:blank", "Not Found", 404, detail, null, null));
  }

  /** 404: what was asked for does not exist. */
  public static final class NotFound extends ApiException {
    public NotFound(ApiProblem problem) {
      super(problem);
    }
  }

  /** 4xx other than 404: the API refused the request (invalid field, business rule, conflict). */
  public static final class Rejected extends ApiException {
    public Rejected(ApiProblem problem) {
      super(problem);
    }
  }

  /** 5xx, or anything else unexpected: the API is not working. */
  public static final class Failed extends ApiException {
    public Failed(ApiProblem problem) {
      super(problem);
    }
  }
}
