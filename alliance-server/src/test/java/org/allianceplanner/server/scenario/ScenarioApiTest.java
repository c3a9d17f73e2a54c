package org.allianceplanner.server.scenario;

/** The scenarios API on H2. */
class ScenarioApiTest extends AbstractScenarioApiTest {}
