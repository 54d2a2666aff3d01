-- camel-tencent-tts on several nodes: the shared state, for PostgreSQL (tested on PostgreSQL 14).
-- See docs/cluster.md. The tests in io.github.cameltencent.tts.cluster create their database from this very file.
--
-- One table holds two kinds of rows, told apart by processorName:
--   tencent-tts-emitted  the idempotent repository (camel-sql JdbcMessageIdRepository): one row per job emitted
--                        (job ids only; the resume point lives in CAMEL_TTS_STATE below);
--   tencent-tts-claims   the in-progress repository (camel-sql JdbcOrphanLockAwareIdempotentRepository, active/active
--                        only): one row per job being routed right now, its createdAt kept fresh by its owner; a row
--                        older than lockMaxAgeMillis belongs to a dead node and is taken over.
-- This is camel-sql's own default table, with NOT NULL added. The primary key is what makes a claim exclusive:
-- without it two nodes inserting the same claim at the same instant would both win.
CREATE TABLE IF NOT EXISTS CAMEL_MESSAGEPROCESSED (
    processorName VARCHAR(255) NOT NULL,
    messageId     VARCHAR(100) NOT NULL,
    createdAt     TIMESTAMP    NOT NULL,
    PRIMARY KEY (processorName, messageId)
);

-- The polling consumer's resume point (stateRepository = io.github.cameltencent.tts.state.JdbcStateRepository):
-- one row per endpoint (region, bucket, queue), the creation time before which every job is finished and emitted.
CREATE TABLE IF NOT EXISTS CAMEL_TTS_STATE (
    stateKey   VARCHAR(255) NOT NULL PRIMARY KEY,
    stateValue VARCHAR(255) NOT NULL
);
