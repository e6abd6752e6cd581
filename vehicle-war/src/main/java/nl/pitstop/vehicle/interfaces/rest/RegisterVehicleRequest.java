package nl.pitstop.vehicle.interfaces.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.pitstop.vehicle.application.RegisterVehicle;

/**
 * The body of {@code POST /api/vehicles}. Field names and required-field messages are the
 * original's (its web app's labels); the license-number rule and message are its API's. The owner
 * is a customer id, so it has the customer service's id format.
 */
public record RegisterVehicleRequest(
    @NotBlank(message = "The License number field is required.") @LicenseNumberFormat
        String licenseNumber,
    @NotBlank(message = "The Brand field is required.")
        @Size(max = 50, message = "The Brand field may be at most 50 characters long.")
        String brand,
    @NotBlank(message = "The Type field is required.")
        @Size(max = 50, message = "The Type field may be at most 50 characters long.")
        String type,
    @NotBlank(message = "The Owner field is required.")
        @Pattern(
            regexp = "\\s*([A-Za-z0-9-]{1,50}\\s*)?",
            message = "The owner id may only hold letters, digits and dashes (at most 50).")
        String ownerId) {

  RegisterVehicle toCommand() {
    return new RegisterVehicle(licenseNumber, brand, type, ownerId);
  }
}
