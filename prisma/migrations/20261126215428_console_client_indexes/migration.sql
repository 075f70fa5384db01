-- CreateIndex
CREATE INDEX "clients_created_at_id_idx" ON "clients"("created_at", "id");

-- CreateIndex
CREATE INDEX "clients_client_name_id_idx" ON "clients"("client_name", "id");

-- CreateIndex
CREATE INDEX "clients_owner_id_created_at_id_idx" ON "clients"("owner_id", "created_at", "id");

-- CreateIndex
CREATE INDEX "clients_owner_id_client_name_id_idx" ON "clients"("owner_id", "client_name", "id");

-- CreateIndex
CREATE INDEX "clients_grant_types_idx" ON "clients" USING GIN ("grant_types");
