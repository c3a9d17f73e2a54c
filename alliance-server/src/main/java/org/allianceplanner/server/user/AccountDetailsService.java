package org.allianceplanner.server.user;

import java.util.Optional;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Finds the user signing in with a name and password. */
@Service
public class AccountDetailsService implements UserDetailsService {
    private final UserRepository users;

    public AccountDetailsService(UserRepository users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        UserAccount account =
                users.findByUsername(username).orElseThrow(() -> new UsernameNotFoundException("unknown user"));
        String hash = users.passwordHash(username).orElseThrow(() -> new UsernameNotFoundException("unknown user"));
        return new SignedInUser(account, hash);
    }

    /**
     * {@code user} of a browser session as the database has it now: empty when the user is gone or
     * disabled, or the password was changed or reset since the session began (the session must end).
     */
    public Optional<SignedInUser> current(SignedInUser user) {
        Optional<UserAccount> account = users.findById(user.id()).filter(UserAccount::enabled);
        if (account.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> hash = users.passwordHash(account.get().username());
        if (hash.isEmpty() || !ApiTokens.sha256(hash.get()).equals(user.credentialStamp())) {
            return Optional.empty();
        }
        SignedInUser fresh = new SignedInUser(account.get(), hash.get());
        fresh.eraseCredentials();
        return Optional.of(fresh);
    }
}
