/**
 * Who may do what: accounts, roles, memberships of provider organisations, local and OpenID Connect login, and
 * the administrator’s screens, and signing in with a link by e-mail. Uses the area module for the municipality it
 * serves and the notification module for the sign-in link.
 */
@ApplicationModule(
        displayName = "Identity",
        allowedDependencies = {"area", "notification"})
package nl.omkijken.identity;

import org.springframework.modulith.ApplicationModule;
