package nl.omkijken.catalog;

/** Whether the offering runs, as HSDS's service status: a summer break is temporarily closed, not inactive. */
public enum OfferingStatus {
    ACTIVE,
    TEMPORARILY_CLOSED,
    INACTIVE
}
