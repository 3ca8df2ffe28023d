-- CreateTable
CREATE TABLE "TenderKey" (
    "tenderId" TEXT NOT NULL,
    "kekId" TEXT NOT NULL,
    "wrappedKey" BYTEA NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TenderKey_pkey" PRIMARY KEY ("tenderId")
);

-- AddForeignKey
ALTER TABLE "TenderKey" ADD CONSTRAINT "TenderKey_tenderId_fkey" FOREIGN KEY ("tenderId") REFERENCES "Tender"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
