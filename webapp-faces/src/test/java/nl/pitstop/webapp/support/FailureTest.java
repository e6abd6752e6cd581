package nl.pitstop.webapp.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.ws.rs.ProcessingException;
import java.net.ConnectException;
import java.util.Optional;
import nl.pitstop.webapp.client.ApiException;
import nl.pitstop.webapp.client.ApiProblem;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.junit.jupiter.api.Test;

class FailureTest {

  private static ApiProblem problem(int status) {
    return new ApiProblem("about:blank", "x", status, "detail " + status, null, null);
  }

  @Test
  void anUnreachableApiMakesTheViewsModuleOffline() {
    Failure failure =
        Failure.of(
            new FacesException(new ProcessingException(new ConnectException("refused"))),
            "/vehicles/register.xhtml");
    assertEquals(Failure.Kind.OFFLINE, failure.kind());
    assertEquals(Optional.of(Module.VEHICLE), failure.module());
    assertEquals(503, failure.kind().status());
  }

  @Test
  void anOpenCircuitATimeoutAndA5xxAreOfflineToo() {
    assertEquals(
        Failure.Kind.OFFLINE,
        Failure.of(new CircuitBreakerOpenException("open"), "/customers/index.xhtml").kind());
    assertEquals(
        Failure.Kind.OFFLINE,
        Failure.of(new TimeoutException("slow"), "/workshop/schedule.xhtml").kind());
    assertEquals(
        Failure.Kind.OFFLINE,
        Failure.of(new ApiException.Failed(problem(500)), "/invoices/index.xhtml").kind());
  }

  @Test
  void aNotFoundFromTheApiIsTheNotFoundPageWithItsDetail() {
    Failure failure =
        Failure.of(
            new FacesException(new ApiException.NotFound(problem(404))),
            "/customers/details.xhtml");
    assertEquals(Failure.Kind.NOT_FOUND, failure.kind());
    assertEquals("detail 404", failure.detail());
  }

  @Test
  void anAddressTheApiRefusesIsTheNotFoundPage() {
    Failure failure =
        Failure.of(
            new FacesException(new ApiException.Rejected(problem(400))),
            "/customers/details.xhtml");
    assertEquals(Failure.Kind.NOT_FOUND, failure.kind());
    assertEquals(404, failure.kind().status());
  }

  @Test
  void anythingElseIsTheErrorPage() {
    assertEquals(
        Failure.Kind.ERROR,
        Failure.of(new IllegalStateException("bug"), "/customers/index.xhtml").kind());
    assertEquals(
        Failure.Kind.ERROR,
        Failure.of(new ProcessingException("down"), "/about.xhtml").kind(),
        "a page outside the modules has no offline page");
  }

  @Test
  void onlyAnUnreachableFailingOrSlowApiIsOffline() {
    assertEquals(true, Failure.isOffline(new FacesException(new ProcessingException("refused"))));
    assertEquals(true, Failure.isOffline(new ApiException.Failed(problem(502))));
    assertEquals(true, Failure.isOffline(new TimeoutException("slow")));
    assertEquals(false, Failure.isOffline(new ApiException.Rejected(problem(409))));
    assertEquals(false, Failure.isOffline(new NullPointerException()));
  }

  @Test
  void anExpiredFormIsOpenedAgain() {
    assertEquals(
        Failure.Kind.VIEW_EXPIRED,
        Failure.of(new ViewExpiredException("gone", "/customers/register.xhtml"), null).kind());
  }

  @Test
  void theOfflinePagesReadAsTheOriginals() {
    assertEquals("Customer Management - offline", Module.CUSTOMER.offlineTitle());
    assertEquals(
        "Unfortunately the workshop management module is offline at the moment. Try again soon.",
        Module.WORKSHOP.offlineText());
    assertEquals(Optional.empty(), Module.ofView("/index.xhtml"));
    assertEquals(Optional.of(Module.AUDIT_LOG), Module.ofView("/auditlog/index.xhtml"));
  }
}
