/**
 * The application layer (DESIGN.md §4): what the command line and the server share. A {@link
 * org.allianceplanner.app.StudyRequest} says what to plan, the one place its options are checked;
 * the {@link org.allianceplanner.app.StudyService} runs it with progress and cancellation, keeping
 * results in a {@link org.allianceplanner.app.StudyStore}; {@link
 * org.allianceplanner.app.AllianceStudy} walks a study's layers on a {@link
 * org.allianceplanner.app.runner.StudyRunner}.
 */
@NullMarked
package org.allianceplanner.app;

import org.jspecify.annotations.NullMarked;
