-- Studies API: a completed result is found again by the hash of its inputs (StudyHash), so that the same
-- scenario and options are not planned twice; the worker's queue and reaper read by state and heartbeat.
ALTER TABLE study_result ADD COLUMN study_hash CHAR(64);
CREATE INDEX study_result_hash ON study_result (study_hash);
CREATE INDEX study_heartbeat ON study (state, heartbeat_at);
