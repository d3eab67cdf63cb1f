package nl.omkijken.identity;

import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/** A person signed in through the OpenID Connect provider; our roles are mapped from the provider's. */
final class OidcSignedIn extends DefaultOidcUser implements SignedIn {

    private final AccountSummary account;

    OidcSignedIn(
            AccountSummary account,
            Collection<? extends GrantedAuthority> authorities,
            OidcIdToken idToken,
            OidcUserInfo userInfo) {
        super(authorities, idToken, userInfo);
        this.account = account;
    }

    @Override
    public AccountSummary account() {
        return account;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OidcSignedIn that && account.id().equals(that.account.id());
    }

    @Override
    public int hashCode() {
        return account.id().hashCode();
    }
}
