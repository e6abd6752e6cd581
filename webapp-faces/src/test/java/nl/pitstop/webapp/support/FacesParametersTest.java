package nl.pitstop.webapp.support;

import static nl.pitstop.webapp.support.FacesParameters.hasFacesParameter;
import static nl.pitstop.webapp.support.FacesParameters.withoutFacesParameters;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FacesParametersTest {

  @Test
  void aPageOpenedAnewKeepsItsOwnParametersAndDropsFacesOnes() {
    assertEquals(
        "id=c-1&page=2", withoutFacesParameters("id=c-1&jakarta.faces.ViewState=x&page=2"));
    assertEquals("", withoutFacesParameters("jakarta.faces.ViewState=x"));
    assertEquals("", withoutFacesParameters("primefaces.nonce=x&jakarta.faces.partial.ajax=true"));
    assertEquals("", withoutFacesParameters(null));
    assertEquals("a=1", withoutFacesParameters("&a=1&&jakarta.faces.ClientWindow"));
  }

  @Test
  void anEncodedOrUnreadableFacesNameIsDroppedTooSoTheNewAddressCannotLoop() {
    assertEquals("a=1", withoutFacesParameters("jakarta%2Efaces.ViewState=x&a=1"));
    assertEquals("a=1", withoutFacesParameters("jakarta.faces%2EViewState=x&a=1"));
    assertEquals("a=1", withoutFacesParameters("%zz=x&a=1"));
    assertFalse(hasFacesParameter(withoutFacesParameters("jakarta%2Efaces.ViewState=x&a=1")));
  }

  @Test
  void onlyAnAddressWithFacesParametersIsSentElsewhere() {
    assertTrue(hasFacesParameter("id=1&jakarta.faces.ViewState=x"));
    assertTrue(hasFacesParameter("jakarta.faces.ClientWindow=x"));
    assertFalse(hasFacesParameter("id=1&page=2"));
    assertFalse(hasFacesParameter("search=jakarta.faces.ViewState"));
    assertFalse(hasFacesParameter(null));
    assertFalse(hasFacesParameter(""));
    assertFalse(hasFacesParameter("&a=1&&"));
  }
}
