package nl.pitstop.workshop.application;

/**
 * A vehicle as the workshop knows it from VehicleRegistered events (or from a job planned for it).
 *
 * @param licenseNumber in upper case, as the vehicle service keeps it
 * @param ownerId the id of the customer who owns it
 */
public record VehicleReference(String licenseNumber, String brand, String type, String ownerId) {}
