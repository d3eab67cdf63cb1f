/**
 * Who may do what: accounts, roles, memberships of provider organisations, local and OpenID Connect login, and
 * the administrator's screens. Uses no other module.
 */
@ApplicationModule(displayName = "Identity")
package nl.omkijken.identity;

import org.springframework.modulith.ApplicationModule;
