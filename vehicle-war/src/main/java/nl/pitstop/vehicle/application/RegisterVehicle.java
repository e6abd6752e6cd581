package nl.pitstop.vehicle.application;

/**
 * Command: register a new vehicle of a customer.
 *
 * @param licenseNumber as the client wrote it; it is stored in normal form (upper case)
 * @param ownerId the id of the customer who owns the vehicle
 */
public record RegisterVehicle(String licenseNumber, String brand, String type, String ownerId) {}
