package org.allianceplanner.server.user;

import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The user behind a request, as Spring Security holds it: the account and, while signing in, its hash.
 * A session keeps a stamp of the password it was opened with, so that a changed or reset password ends
 * the session (see {@link AccountDetailsService#current}).
 */
public final class SignedInUser implements UserDetails, CredentialsContainer {
    private static final long serialVersionUID = 1L;

    private final UserAccount account;
    private @Nullable String passwordHash;
    private final String credentialStamp;

    public SignedInUser(UserAccount account, @Nullable String passwordHash) {
        this.account = account;
        this.passwordHash = passwordHash;
        this.credentialStamp = passwordHash == null ? "" : ApiTokens.sha256(passwordHash);
    }

    /** A digest of the password hash this user signed in with ("" for a bearer token's user). */
    String credentialStamp() {
        return credentialStamp;
    }

    /** The account. */
    public UserAccount account() {
        return account;
    }

    /** The user's id. */
    public long id() {
        return account.id();
    }

    /** The user's role. */
    public Role role() {
        return account.role();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(account.role().authority()));
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return account.username();
    }

    @Override
    public boolean isEnabled() {
        return account.enabled();
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
