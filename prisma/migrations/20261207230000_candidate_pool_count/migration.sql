-- How many candidates are stored, kept by the database as candidates are written: a ranking checks the
-- pool on every page (lib/scoring/candidate-rows.ts, poolStamp), and count(*) read every row's entry of an
-- index for it (~160 ms at 1,000,000 candidates, most of a later page). Statement-level triggers with
-- transition tables add what each statement inserted and take away what it deleted, in the writer's
-- transaction, so the sum is exact and visible when the write commits, as count(*) was. Each session adds
-- to a shard of its own (its backend pid modulo 16): concurrent writers seldom wait on one another's row,
-- and a transaction only ever locks its own shard, so they never deadlock over them.

-- CreateTable
CREATE TABLE "CandidatePoolCount" (
    "shard" INTEGER NOT NULL,
    "candidates" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "CandidatePoolCount_pkey" PRIMARY KEY ("shard")
);

CREATE FUNCTION "CandidatePoolCount_add"(change BIGINT) RETURNS void LANGUAGE sql AS $$
  INSERT INTO "CandidatePoolCount" AS pool ("shard", "candidates")
    SELECT pg_backend_pid() % 16, change WHERE change <> 0
    ON CONFLICT ("shard") DO UPDATE SET "candidates" = pool."candidates" + EXCLUDED."candidates"
$$;

CREATE FUNCTION "CandidatePoolCount_inserted"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "CandidatePoolCount_add"((SELECT count(*) FROM inserted_candidates));
  RETURN NULL;
END
$$;

CREATE FUNCTION "CandidatePoolCount_deleted"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "CandidatePoolCount_add"(-(SELECT count(*) FROM deleted_candidates));
  RETURN NULL;
END
$$;

CREATE FUNCTION "CandidatePoolCount_truncated"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "CandidatePoolCount";
  RETURN NULL;
END
$$;

CREATE TRIGGER "Candidate_count_inserted"
  AFTER INSERT ON "Candidate"
  REFERENCING NEW TABLE AS inserted_candidates
  FOR EACH STATEMENT EXECUTE FUNCTION "CandidatePoolCount_inserted"();

CREATE TRIGGER "Candidate_count_deleted"
  AFTER DELETE ON "Candidate"
  REFERENCING OLD TABLE AS deleted_candidates
  FOR EACH STATEMENT EXECUTE FUNCTION "CandidatePoolCount_deleted"();

CREATE TRIGGER "Candidate_count_truncated"
  AFTER TRUNCATE ON "Candidate"
  FOR EACH STATEMENT EXECUTE FUNCTION "CandidatePoolCount_truncated"();

-- The candidates stored before this migration. Creating the triggers locked the table against writes until
-- the migration's script ends (one implicit transaction), so none is counted twice or missed.
INSERT INTO "CandidatePoolCount" ("shard", "candidates") SELECT 0, count(*) FROM "Candidate";
