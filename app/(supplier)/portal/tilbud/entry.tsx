import { read } from "@/app/_lib/read";
import { BidEntry } from "@/components/bids/bid-entry";
import { getBidEntry } from "@/lib/bids/queries/bid-entry";
import { portalBid } from "@/lib/bids/routes";
import { getTranslator } from "@/lib/i18n/server";
import { listOwnSuppliers } from "@/lib/suppliers/queries/list-own-suppliers";
import { formatOsloDateTime } from "@/lib/time";

/** The portal competition page's bid panel (one line there): the organisation's state and "Lag tilbud"/"Endre tilbud". */
export async function BidEntrySection({ tenderId, open }: { tenderId: string; open: boolean }) {
  const { locale, t } = await getTranslator();
  // A user of several organisations chooses one on the bid page; here there is no one organisation's state to show.
  if ((await read(listOwnSuppliers)).length > 1) {
    return <BidEntry title={t("bids.entry.title")} intro={t("bids.form.chooseSupplier")} href={portalBid(tenderId)} linkText={open ? t("bids.entry.create") : t("bids.entry.closed")} open />;
  }
  const entry = await read(getBidEntry, { tenderId });
  const intro =
    entry.state === "SUBMITTED" && entry.receipt
      ? t("bids.entry.submitted", { number: entry.receipt.number, at: formatOsloDateTime(entry.receipt.submittedAt, locale) })
      : t(`bids.entry.${entry.state === "NONE" ? "none" : entry.state === "WITHDRAWN" ? "withdrawn" : "draft"}`);
  const linkText = open ? t(entry.state === "NONE" ? "bids.entry.create" : "bids.entry.edit") : t("bids.entry.closed");
  return <BidEntry title={t("bids.entry.title")} intro={intro} href={portalBid(tenderId)} linkText={linkText} open={open || entry.state !== "NONE"} />;
}
