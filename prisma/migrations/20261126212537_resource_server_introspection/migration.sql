-- AlterTable
ALTER TABLE "clients" ADD COLUMN     "introspects_any_token" BOOLEAN NOT NULL DEFAULT false;
