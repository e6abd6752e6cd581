package nl.pitstop.webapp.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ProviderLogoutTest {

  @Test
  void namesTheClientAndWhereTheProviderSendsTheBrowserEncoded() {
    assertEquals(
        "https://login.example.com/logout?client_id=pitstop&post_logout_redirect_uri="
            + "https%3A%2F%2Fpitstop.example.com%2F",
        ProviderLogout.address(
            "https://login.example.com/logout", "pitstop", "https://pitstop.example.com/"));
  }

  @Test
  void keepsTheEndpointsOwnQuery() {
    assertEquals(
        "https://login.example.com/oidc?op=logout&client_id=a+b",
        ProviderLogout.address("https://login.example.com/oidc?op=logout", "a b", ""));
  }

  @Test
  void withoutClientOrReturnAddressIsTheEndpointAlone() {
    assertEquals(
        "https://login.example.com/logout",
        ProviderLogout.address("https://login.example.com/logout", "", ""));
  }
}
