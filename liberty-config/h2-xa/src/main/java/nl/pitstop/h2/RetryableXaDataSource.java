package nl.pitstop.h2;

import java.io.PrintWriter;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.ConnectionEventListener;
import javax.sql.StatementEventListener;
import javax.sql.XAConnection;
import javax.sql.XADataSource;
import javax.transaction.xa.XAException;
import javax.transaction.xa.XAResource;
import javax.transaction.xa.Xid;
import org.h2.jdbcx.JdbcDataSource;

/**
 * H2's XA data source whose XA resources report a lost connection as {@code XAER_RMFAIL}.
 *
 * <p>H2 turns every failure of an XA call into an {@link XAException} with error code 0, which is
 * no XA error code. When the database went away between prepare and commit, Liberty's transaction
 * manager therefore gave the branch up instead of committing it again later, and H2 kept it in
 * doubt after its restart, with its row locks: the outbox relay then waited on them for good.
 * {@code XAER_RMFAIL} tells the transaction manager that the resource manager is unavailable, so it
 * retries the outcome (H2 commits a prepared branch from any connection, by its xid).
 */
public class RetryableXaDataSource implements XADataSource {

  private final JdbcDataSource h2 = new JdbcDataSource();

  /** The JDBC URL (Liberty sets it from the dataSource's {@code URL} property). */
  public void setURL(String url) {
    h2.setURL(url);
  }

  public String getURL() {
    return h2.getURL();
  }

  public void setUser(String user) {
    h2.setUser(user);
  }

  public String getUser() {
    return h2.getUser();
  }

  public void setPassword(String password) {
    h2.setPassword(password);
  }

  @Override
  public XAConnection getXAConnection() throws SQLException {
    return new Connection(h2.getXAConnection());
  }

  @Override
  public XAConnection getXAConnection(String user, String password) throws SQLException {
    return new Connection(h2.getXAConnection(user, password));
  }

  @Override
  public PrintWriter getLogWriter() {
    return h2.getLogWriter();
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    h2.setLogWriter(out);
  }

  @Override
  public void setLoginTimeout(int seconds) {
    h2.setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() {
    return h2.getLoginTimeout();
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    return h2.getParentLogger();
  }

  /**
   * The XA error code for an H2 failure: {@code XAER_RMFAIL} when it reports no code of its own.
   */
  static XAException translated(XAException failure) {
    if (failure.errorCode != 0) {
      return failure;
    }
    XAException translated = new XAException(failure.getMessage());
    translated.errorCode = XAException.XAER_RMFAIL;
    translated.initCause(failure.getCause() != null ? failure.getCause() : failure);
    return translated;
  }

  /** H2's pooled XA connection, but for its XA resource. */
  record Connection(XAConnection h2) implements XAConnection {

    @Override
    public XAResource getXAResource() throws SQLException {
      return new Resource(h2.getXAResource());
    }

    @Override
    public java.sql.Connection getConnection() throws SQLException {
      return h2.getConnection();
    }

    @Override
    public void close() throws SQLException {
      h2.close();
    }

    @Override
    public void addConnectionEventListener(ConnectionEventListener listener) {
      h2.addConnectionEventListener(listener);
    }

    @Override
    public void removeConnectionEventListener(ConnectionEventListener listener) {
      h2.removeConnectionEventListener(listener);
    }

    @Override
    public void addStatementEventListener(StatementEventListener listener) {
      h2.addStatementEventListener(listener);
    }

    @Override
    public void removeStatementEventListener(StatementEventListener listener) {
      h2.removeStatementEventListener(listener);
    }
  }

  /** An XA call of H2's, with or without a result. */
  interface XaCall<T> {
    T call() throws XAException;
  }

  interface XaAction {
    void run() throws XAException;
  }

  /** Makes the call, with H2's failure {@link #translated(XAException) translated}. */
  static <T> T call(XaCall<T> call) throws XAException {
    try {
      return call.call();
    } catch (XAException e) {
      throw translated(e);
    }
  }

  static void run(XaAction action) throws XAException {
    call(
        () -> {
          action.run();
          return null;
        });
  }

  /** H2's XA resource with translated error codes. */
  record Resource(XAResource h2) implements XAResource {

    @Override
    public void commit(Xid xid, boolean onePhase) throws XAException {
      run(() -> h2.commit(xid, onePhase));
    }

    @Override
    public void end(Xid xid, int flags) throws XAException {
      run(() -> h2.end(xid, flags));
    }

    @Override
    public void forget(Xid xid) throws XAException {
      run(() -> h2.forget(xid));
    }

    @Override
    public int getTransactionTimeout() throws XAException {
      return h2.getTransactionTimeout();
    }

    @Override
    public boolean isSameRM(XAResource other) throws XAException {
      return h2.isSameRM(other instanceof Resource resource ? resource.h2() : other);
    }

    @Override
    public int prepare(Xid xid) throws XAException {
      return call(() -> h2.prepare(xid));
    }

    @Override
    public Xid[] recover(int flag) throws XAException {
      return call(() -> h2.recover(flag));
    }

    @Override
    public void rollback(Xid xid) throws XAException {
      run(() -> h2.rollback(xid));
    }

    @Override
    public boolean setTransactionTimeout(int seconds) throws XAException {
      return h2.setTransactionTimeout(seconds);
    }

    @Override
    public void start(Xid xid, int flags) throws XAException {
      run(() -> h2.start(xid, flags));
    }
  }
}
