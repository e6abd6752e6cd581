package nl.pitstop.customer.interfaces.rest;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.pitstop.customer.application.RegisterCustomer;

/**
 * The body of {@code POST /api/customers}. Field names and required-field messages are the
 * original's; {@code customerId} is optional (the service chooses one when it is missing).
 */
public record RegisterCustomerRequest(
    @Pattern(
            regexp = "[A-Za-z0-9-]{1,50}",
            message = "The customer id may only hold letters, digits and dashes (at most 50).")
        String customerId,
    @NotBlank(message = "The Name field is required.")
        @Size(max = 100, message = "The Name field may be at most 100 characters long.")
        String name,
    @NotBlank(message = "The Address field is required.")
        @Size(max = 200, message = "The Address field may be at most 200 characters long.")
        String address,
    @NotBlank(message = "The Postal code field is required.")
        @Size(max = 20, message = "The Postal code field may be at most 20 characters long.")
        String postalCode,
    @NotBlank(message = "The City field is required.")
        @Size(max = 100, message = "The City field may be at most 100 characters long.")
        String city,
    @NotBlank(message = "The Phonenumber field is required.")
        @Size(max = 30, message = "The Phonenumber field may be at most 30 characters long.")
        String telephoneNumber,
    @NotBlank(message = "The Email address field is required.")
        @Email(
            regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+",
            message = "The Email address field is not a valid e-mail address.")
        @Size(max = 254, message = "The Email address field may be at most 254 characters long.")
        String emailAddress) {

  RegisterCustomer toCommand() {
    return new RegisterCustomer(
        customerId, name, address, postalCode, city, telephoneNumber, emailAddress);
  }
}
