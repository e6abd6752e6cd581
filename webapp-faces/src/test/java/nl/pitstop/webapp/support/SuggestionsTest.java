package nl.pitstop.webapp.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

  record Car(String plate, String brand) implements Serializable {}

  final Suggestions<Car> cars =
      new Suggestions<>(Car.class, Car::plate, car -> car.brand() + " [" + car.plate() + "]");

  @Test
  void anItemOfferedAndTheKeyChosenHaveTheSameKeyAndLabel() {
    assertEquals(
        List.of(new Car("AB-1-C", "Fiat")), cars.offer(() -> List.of(new Car("AB-1-C", "Fiat"))));
    assertEquals("AB-1-C", cars.key(new Car("AB-1-C", "Fiat")));
    assertEquals("AB-1-C", cars.key("AB-1-C"));
    assertEquals("Fiat [AB-1-C]", cars.label(new Car("AB-1-C", "Fiat")));
    assertEquals("Fiat [AB-1-C]", cars.label("AB-1-C"), "the label of a key offered before");
    assertEquals("ZZ-9-Z", cars.label("ZZ-9-Z"), "a key never offered shows as itself");
    assertEquals("", cars.label(null));
  }

  @Test
  void aSearchThatFailsOffersNothing() {
    assertEquals(
        List.of(),
        cars.offer(
            () -> {
              throw new IllegalStateException("API offline");
            }));
  }

  @Test
  void theLabelsGoWithTheFormWhenItsViewIsSerialized() throws Exception {
    cars.remember(new Car("AB-1-C", "Fiat"));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(cars);
    }
    @SuppressWarnings("unchecked")
    Suggestions<Car> read =
        (Suggestions<Car>)
            new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray())).readObject();
    assertEquals("Fiat [AB-1-C]", read.label("AB-1-C"));
    assertEquals("AB-1-C", read.key(new Car("AB-1-C", "Fiat")));
  }
}
