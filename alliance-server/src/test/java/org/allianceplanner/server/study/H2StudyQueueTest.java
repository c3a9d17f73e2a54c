package org.allianceplanner.server.study;

/** The study queue on H2. */
class H2StudyQueueTest extends AbstractStudyQueueTest {}
