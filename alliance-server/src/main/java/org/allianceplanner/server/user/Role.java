package org.allianceplanner.server.user;

/** What a user may do on the server. */
public enum Role {
    /** Manages users; sees no scenario and no study. */
    ADMIN,
    /** Uploads scenarios and runs studies on them; sees only their own. */
    ANALYST;

    /** The Spring Security authority of this role. */
    public String authority() {
        return "ROLE_" + name();
    }
}
