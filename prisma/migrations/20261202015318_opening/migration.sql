-- CreateEnum
CREATE TYPE "OpeningControl" AS ENUM ('TWO_PEOPLE', 'ONE_PERSON');

-- AlterTable
ALTER TABLE "Bid" ADD COLUMN     "rejectedAt" TIMESTAMPTZ(3),
ADD COLUMN     "rejectedById" TEXT,
ADD COLUMN     "rejectionBasis" TEXT;

-- AlterTable
ALTER TABLE "Region" ADD COLUMN     "openingControl" "OpeningControl" NOT NULL DEFAULT 'TWO_PEOPLE';

-- CreateTable
CREATE TABLE "TenderOpening" (
    "tenderId" TEXT NOT NULL,
    "control" "OpeningControl" NOT NULL,
    "requestedById" TEXT NOT NULL,
    "requestedAt" TIMESTAMPTZ(3) NOT NULL,
    "confirmedById" TEXT,
    "confirmedAt" TIMESTAMPTZ(3),
    "record" JSONB,

    CONSTRAINT "TenderOpening_pkey" PRIMARY KEY ("tenderId")
);

-- CreateTable
CREATE TABLE "BidQualification" (
    "bidId" TEXT NOT NULL,
    "requirements" JSONB NOT NULL,
    "exclusions" JSONB NOT NULL,
    "assessedById" TEXT NOT NULL,
    "assessedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "BidQualification_pkey" PRIMARY KEY ("bidId")
);

-- AddForeignKey
ALTER TABLE "Bid" ADD CONSTRAINT "Bid_rejectedById_fkey" FOREIGN KEY ("rejectedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TenderOpening" ADD CONSTRAINT "TenderOpening_tenderId_fkey" FOREIGN KEY ("tenderId") REFERENCES "Tender"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TenderOpening" ADD CONSTRAINT "TenderOpening_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TenderOpening" ADD CONSTRAINT "TenderOpening_confirmedById_fkey" FOREIGN KEY ("confirmedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BidQualification" ADD CONSTRAINT "BidQualification_bidId_fkey" FOREIGN KEY ("bidId") REFERENCES "Bid"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BidQualification" ADD CONSTRAINT "BidQualification_assessedById_fkey" FOREIGN KEY ("assessedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
