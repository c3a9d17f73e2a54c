package org.allianceplanner.server.study;

/** The studies API on H2. */
class H2StudyApiTest extends AbstractStudyApiTest {}
