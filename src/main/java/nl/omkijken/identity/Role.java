package nl.omkijken.identity;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** What a person may do on the platform. One account may hold several roles. */
public enum Role {
    RESIDENT,
    VOLUNTEER,
    PROVIDER_STAFF,
    PROVIDER_ADMINISTRATOR,
    EDITOR,
    COORDINATOR,
    NEIGHBOURHOOD_TEAM,
    POLICY_ADVISOR,
    ADMINISTRATOR;

    /** The Spring Security authority for this role, {@code ROLE_<name>}. */
    public GrantedAuthority authority() {
        return new SimpleGrantedAuthority("ROLE_" + name());
    }

    /** The message key of the role's name as people read it. */
    public String messageKey() {
        return "role." + name();
    }
}
