package org.allianceplanner.server.user;

class H2UserAdministrationTest extends UserAdministrationTest {}
