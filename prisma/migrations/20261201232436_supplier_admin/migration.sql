-- AlterTable
ALTER TABLE "Membership" ADD COLUMN     "supplierAdmin" BOOLEAN NOT NULL DEFAULT false;
