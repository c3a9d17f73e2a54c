package org.allianceplanner.server.user;

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
}
