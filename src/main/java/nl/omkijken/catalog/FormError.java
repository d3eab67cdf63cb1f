package nl.omkijken.catalog;

/** A message key to show beside one form field; a controller hands it to {@code BindingResult.rejectValue}. */
public record FormError(String field, String code) {}
