package nl.pitstop.handlers.mail;

import static nl.pitstop.handlers.mail.JpaMailOutbox.withoutAddresses;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class JpaMailOutboxTest {

  @Test
  void aMailServersWordsAreLoggedWithoutTheAddressesInThem() {
    assertEquals(
        "jakarta.mail.SendFailedException: Invalid Addresses; nested: 550 5.1.1 <<address>>:"
            + " Recipient address rejected",
        withoutAddresses(
            "jakarta.mail.SendFailedException: Invalid Addresses; nested: 550 5.1.1"
                + " <jan.jansen+garage@example.nl>: Recipient address rejected"));
    assertEquals(
        "Illegal address in string ``<address>''",
        withoutAddresses("Illegal address in string ``x@@y''"));
    assertEquals(
        "Couldn't connect to host, port: localhost, 3025; timeout -1",
        withoutAddresses("Couldn't connect to host, port: localhost, 3025; timeout -1"));
  }
}
