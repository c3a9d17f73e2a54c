package org.allianceplanner.model.vehicle;

/** Powertrain of a vehicle model; tariffs may differ by powertrain. */
public enum Powertrain {
    /** Battery electric. */
    BEV,
    /** Plug-in hybrid. */
    PHEV,
    /** Hybrid (including series hybrids such as e-Power). */
    HEV,
    /** Internal combustion only. */
    ICE
}
