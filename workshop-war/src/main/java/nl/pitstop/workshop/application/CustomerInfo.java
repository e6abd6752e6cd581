package nl.pitstop.workshop.application;

/** A customer as the workshop knows it from CustomerRegistered events. */
public record CustomerInfo(String customerId, String name, String telephoneNumber) {}
