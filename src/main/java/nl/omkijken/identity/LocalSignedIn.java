package nl.omkijken.identity;

import java.util.Collection;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A person signed in with e-mail address and password. */
final class LocalSignedIn implements SignedIn, UserDetails, CredentialsContainer {

    private final AccountSummary account;
    private final boolean enabled;
    private String passwordHash;

    LocalSignedIn(AccountSummary account, String passwordHash, boolean enabled) {
        this.account = account;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
    }

    @Override
    public AccountSummary account() {
        return account;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return account.roles().stream().map(Role::authority).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return account.email();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LocalSignedIn that && account.id().equals(that.account.id());
    }

    @Override
    public int hashCode() {
        return account.id().hashCode();
    }
}
