-- CreateExtension
-- Written by hand: the trigram operator classes below come from pg_trgm, which the schema does not
-- declare (see docs/toolchain.md). It ships with PostgreSQL (contrib) and is a trusted extension
-- since PostgreSQL 13, so a database owner may create it without being superuser.
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

-- CreateIndex
-- `WITH (fastupdate = off)` added by hand: by default new entries wait in a pending list that every
-- search reads through until (auto)vacuum merges it. The embedded database has no autovacuum, so
-- searches paid about 10 ms per index for it, while clients are written rarely and searched as people type.
CREATE INDEX "clients_client_name_trgm_idx" ON "clients" USING GIN ("client_name" gin_trgm_ops) WITH (fastupdate = off);

-- CreateIndex
CREATE INDEX "clients_client_id_trgm_idx" ON "clients" USING GIN ("client_id" gin_trgm_ops) WITH (fastupdate = off);

-- CreateIndex
CREATE INDEX "clients_status_token_endpoint_auth_method_idx" ON "clients"("status", "token_endpoint_auth_method");

-- Written by hand, for the same reason: the grant type filter reads this GIN index as well.
ALTER INDEX "clients_grant_types_idx" SET (fastupdate = off);
