-- A scenario's summary names every partner: with many partners it outgrows VARCHAR(20000).
-- (There is no V2: the versions were handed out to features built side by side, and the scenarios
-- feature needed none.)
ALTER TABLE scenario ALTER COLUMN summary_json SET DATA TYPE TEXT;
