-- The free-text filter's trigram indexes (ILIKE '%…%').
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateTable
CREATE TABLE "HistoryRow" (
    "rowKey" TEXT NOT NULL,
    "tenderId" TEXT NOT NULL,
    "lotId" TEXT NOT NULL,
    "awardId" TEXT,
    "reference" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "lotNumber" INTEGER NOT NULL,
    "lotTitle" TEXT NOT NULL,
    "regionId" TEXT NOT NULL,
    "regionCode" TEXT NOT NULL,
    "regionName" TEXT NOT NULL,
    "measureTypeCode" TEXT NOT NULL,
    "measureTypeNb" TEXT NOT NULL,
    "measureTypeEn" TEXT NOT NULL,
    "procedure" "Procedure" NOT NULL,
    "reservation" "Reservation" NOT NULL,
    "status" "TenderStatus" NOT NULL,
    "supplierId" TEXT,
    "supplierName" TEXT,
    "supplierOrgnr" TEXT,
    "supplierKind" "SupplierKind",
    "announcedAt" TIMESTAMPTZ(3) NOT NULL,
    "decidedAt" TIMESTAMPTZ(3),
    "valueOre" BIGINT,
    "bids" INTEGER NOT NULL,
    "contractStartsOn" DATE,
    "contractEndsOn" DATE,
    "searchText" TEXT NOT NULL,

    CONSTRAINT "HistoryRow_pkey" PRIMARY KEY ("rowKey")
);

-- CreateIndex
CREATE INDEX "HistoryRow_tenderId_idx" ON "HistoryRow"("tenderId");

-- CreateIndex
CREATE INDEX "HistoryRow_decidedAt_rowKey_idx" ON "HistoryRow"("decidedAt" DESC NULLS LAST, "rowKey" DESC);

-- CreateIndex
CREATE INDEX "HistoryRow_regionId_decidedAt_rowKey_idx" ON "HistoryRow"("regionId", "decidedAt" DESC NULLS LAST, "rowKey" DESC);

-- CreateIndex
CREATE INDEX "HistoryRow_valueOre_rowKey_idx" ON "HistoryRow"("valueOre" DESC NULLS LAST, "rowKey" DESC);

-- CreateIndex
CREATE INDEX "HistoryRow_regionId_valueOre_rowKey_idx" ON "HistoryRow"("regionId", "valueOre" DESC NULLS LAST, "rowKey" DESC);

-- CreateIndex
CREATE INDEX "HistoryRow_announcedAt_rowKey_idx" ON "HistoryRow"("announcedAt" DESC, "rowKey" DESC);

-- CreateIndex
CREATE INDEX "HistoryRow_reference_rowKey_idx" ON "HistoryRow"("reference", "rowKey");

-- CreateIndex
CREATE INDEX "HistoryRow_supplierName_rowKey_idx" ON "HistoryRow"("supplierName", "rowKey");

-- CreateIndex
CREATE INDEX "HistoryRow_regionId_supplierName_rowKey_idx" ON "HistoryRow"("regionId", "supplierName", "rowKey");

-- CreateIndex
CREATE INDEX "HistoryRow_searchText_idx" ON "HistoryRow" USING GIN ("searchText" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "HistoryRow_supplierName_trgm_idx" ON "HistoryRow" USING GIN ("supplierName" gin_trgm_ops);
