package nl.pitstop.webapp.support;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;

/** Installs the {@link FailureExceptionHandler} (faces-config.xml). */
public class FailureExceptionHandlerFactory extends ExceptionHandlerFactory {

  public FailureExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
    super(wrapped);
  }

  @Override
  public ExceptionHandler getExceptionHandler() {
    return new FailureExceptionHandler(getWrapped().getExceptionHandler());
  }
}
