package nl.pitstop.webapp.support;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.PhaseId;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Shows the page that fits a {@link Failure} instead of a stack trace, at the address the user
 * asked for (so reloading it tries again): the module's offline page (503), the not-found page
 * (404) or the error page (500). An expired form is opened anew. Screens load their data in view
 * actions, before anything is rendered, so this covers them; a failure while rendering falls back
 * to web.xml's error page.
 */
public class FailureExceptionHandler extends ExceptionHandlerWrapper {

  private static final Logger LOG = Logger.getLogger(FailureExceptionHandler.class.getName());

  /** The request attribute that holds the {@link Failure} for the page. */
  public static final String FAILURE = "pitstop.failure";

  FailureExceptionHandler(ExceptionHandler wrapped) {
    super(wrapped);
  }

  @Override
  public void handle() {
    FacesContext context = FacesContext.getCurrentInstance();
    Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
    if (context != null
        && events.hasNext()
        && context.getCurrentPhaseId() != PhaseId.RENDER_RESPONSE
        && !context.getExternalContext().isResponseCommitted()) {
      Throwable thrown = events.next().getContext().getException();
      events.remove();
      while (events.hasNext()) {
        events.next();
        events.remove();
      }
      show(context, thrown);
    }
    getWrapped().handle();
  }

  private static void show(FacesContext context, Throwable thrown) {
    ExternalContext request = context.getExternalContext();
    if (context.getCurrentPhaseId() == PhaseId.RESTORE_VIEW
        && request.getRequest() instanceof HttpServletRequest http
        && "POST".equals(http.getMethod())) {
      // A form came back with a view state this server cannot read: tampered with, forged by
      // another site, or from an older deployment. Nothing of it is applied; the form is opened
      // anew. Anyone can post one, so one line and no stack trace. (Other methods never bring a
      // view state this far: FacesParameters.)
      LOG.warning(
          () ->
              "Unreadable view state posted to "
                  + http.getServletPath()
                  + " ("
                  + thrown.getClass().getSimpleName()
                  + "): the form is opened anew");
      reopen(context, request);
      return;
    }
    String viewId = context.getViewRoot() == null ? null : context.getViewRoot().getViewId();
    Failure failure = Failure.of(thrown, viewId);
    ExternalContext external = context.getExternalContext();
    switch (failure.kind()) {
      case VIEW_EXPIRED -> {
        reopen(context, external);
        return;
      }
      case OFFLINE -> LOG.log(Level.WARNING, "API offline for " + viewId + ": " + failure.detail());
      case NOT_FOUND -> LOG.fine(() -> "Not found for " + viewId + ": " + failure.detail());
      case ERROR -> LOG.log(Level.SEVERE, "Failure while handling " + viewId, thrown);
    }
    String page =
        switch (failure.kind()) {
          case OFFLINE -> "/offline.xhtml";
          case NOT_FOUND -> "/not-found.xhtml";
          default -> "/error.xhtml";
        };
    external.getRequestMap().put(FAILURE, failure);
    external.setResponseStatus(failure.kind().status());
    ViewHandler views = context.getApplication().getViewHandler();
    context.setViewRoot(views.createView(context, page));
    context.getPartialViewContext().setRenderAll(true);
    context.renderResponse();
  }

  /** A form posted after its view expired (e.g. the session timed out): open it again. */
  private static void reopen(FacesContext context, ExternalContext external) {
    try {
      String path = external.getRequestServletPath();
      external.redirect(external.getRequestContextPath() + (path == null ? "/" : path));
      context.responseComplete();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
