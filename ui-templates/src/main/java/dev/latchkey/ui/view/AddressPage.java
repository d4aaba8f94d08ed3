package dev.latchkey.ui.view;

/** The form that edits one address of the address book. */
public record AddressPage(FormPage form, String addressId) {}
