package nl.pitstop.h2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.sql.XAConnection;
import javax.transaction.xa.XAException;
import javax.transaction.xa.XAResource;
import javax.transaction.xa.Xid;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RetryableXaDataSourceTest {

  @TempDir Path directory;

  record TestXid(int formatId, byte[] globalTransactionId, byte[] branchQualifier) implements Xid {
    @Override
    public int getFormatId() {
      return formatId;
    }

    @Override
    public byte[] getGlobalTransactionId() {
      return globalTransactionId;
    }

    @Override
    public byte[] getBranchQualifier() {
      return branchQualifier;
    }
  }

  RetryableXaDataSource dataSource(String name) {
    RetryableXaDataSource dataSource = new RetryableXaDataSource();
    dataSource.setURL("jdbc:h2:" + directory.resolve(name) + ";MODE=MSSQLServer");
    dataSource.setUser("sa");
    dataSource.setPassword("pitstop");
    return dataSource;
  }

  @Test
  void aFailureWithoutAnXaErrorCodeIsAnUnavailableResourceManager() {
    XAException h2 = new XAException("Connection is broken");
    h2.initCause(new java.sql.SQLException("Connection is broken", "90067"));
    XAException translated = RetryableXaDataSource.translated(h2);
    assertEquals(XAException.XAER_RMFAIL, translated.errorCode);
    assertSame(h2.getCause(), translated.getCause());

    XAException coded = new XAException(XAException.XAER_NOTA);
    assertSame(coded, RetryableXaDataSource.translated(coded), "an XA error code is kept");
  }

  /**
   * A commit cut by the database going away is retryable, and the retry works: H2 keeps the
   * prepared branch in doubt and commits it from any connection, by its xid.
   */
  @Test
  void aCommitCutByTheDatabaseGoingAwayIsRetriedAndCommitsTheBranch() throws Exception {
    RetryableXaDataSource dataSource = dataSource("db");
    XAConnection setup = dataSource.getXAConnection();
    try (Statement statement = setup.getConnection().createStatement()) {
      statement.execute("create table outbox_message (position int primary key)");
    }
    setup.close();
    Xid xid = new TestXid(4711, new byte[] {1, 2, 3}, new byte[] {4});

    XAConnection first = dataSource.getXAConnection();
    XAResource resource = first.getXAResource();
    resource.start(xid, XAResource.TMNOFLAGS);
    try (Statement statement = first.getConnection().createStatement()) {
      statement.execute("insert into outbox_message values (1)");
    }
    resource.end(xid, XAResource.TMSUCCESS);
    assertEquals(XAResource.XA_OK, resource.prepare(xid));
    // The database goes down between prepare and commit, as when FaultsUnderLoadIT stops it.
    XAConnection admin = dataSource.getXAConnection();
    try (Statement statement = admin.getConnection().createStatement()) {
      statement.execute("shutdown immediately");
    } catch (java.sql.SQLException closedUnderneath) {
      // the shutdown closes the connection that asked for it as well
    }
    XAException lost = assertThrows(XAException.class, () -> resource.commit(xid, false));
    assertEquals(XAException.XAER_RMFAIL, lost.errorCode, "the outcome can be retried");

    XAConnection recovery = dataSource.getXAConnection();
    XAResource again = recovery.getXAResource();
    assertEquals(1, again.recover(XAResource.TMSTARTRSCAN | XAResource.TMENDRSCAN).length);
    again.commit(xid, false);
    try (Statement statement = recovery.getConnection().createStatement();
        ResultSet rows = statement.executeQuery("select count(*) from outbox_message")) {
      rows.next();
      assertEquals(1, rows.getInt(1), "committed by the retry");
    }
    recovery.close();
    assertEquals(true, Files.exists(directory.resolve("db.mv.db")));
  }
}
