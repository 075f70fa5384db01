-- AlterTable
ALTER TABLE "clients" ADD COLUMN     "previous_secret_ciphertext" TEXT,
ADD COLUMN     "previous_secret_expires_at" TIMESTAMPTZ(3),
ADD COLUMN     "previous_secret_hash" TEXT,
ADD COLUMN     "registrant_kind" TEXT NOT NULL DEFAULT 'admin',
ADD COLUMN     "software_id" TEXT;

-- CreateTable
CREATE TABLE "software_statement_issuers" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "issuer" TEXT NOT NULL,
    "jwks" JSONB,
    "jwks_uri" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "software_statement_issuers_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "software_statement_issuers_issuer_key" ON "software_statement_issuers"("issuer");

-- CreateIndex
CREATE INDEX "clients_initial_access_token_id_idx" ON "clients"("initial_access_token_id");
