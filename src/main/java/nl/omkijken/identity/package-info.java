/**
 * Who may do what: accounts, roles, memberships of provider organisations, local and OpenID Connect login, and
 * the administrator's screens. Uses the area module for the municipality it serves.
 */
@ApplicationModule(displayName = "Identity", allowedDependencies = "area")
package nl.omkijken.identity;

import org.springframework.modulith.ApplicationModule;
