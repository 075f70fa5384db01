-- CreateTable
CREATE TABLE "token_issuance_days" (
    "day" DATE NOT NULL,
    "grant_type" TEXT NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "token_issuance_days_pkey" PRIMARY KEY ("day","grant_type")
);
