package org.allianceplanner.model.plant;

import static java.util.Objects.requireNonNull;

/**
 * A vehicle platform (architecture), e.g. CMF-EV. A model is built only on a line of its platform.
 *
 * @param platformId unique id
 * @param partnerId owner
 * @param name display name
 */
public record Platform(String platformId, String partnerId, String name) {
    public Platform {
        requireNonNull(platformId, "platformId");
        requireNonNull(partnerId, "partnerId");
        requireNonNull(name, "name");
    }
}
