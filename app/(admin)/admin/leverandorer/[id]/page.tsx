import type { Metadata } from "next";

import { pageTitle } from "@/app/_lib/metadata";
import { read } from "@/app/_lib/read";
import { AdminSupplierView } from "@/components/suppliers/admin-supplier-view";
import { getTranslator } from "@/lib/i18n/server";
import { getSupplierForAdmin } from "@/lib/suppliers";

import { setEligibilityAction } from "../actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return pageTitle((await read(getSupplierForAdmin, { supplierId: (await params).id })).name);
}

/** ADMIN: one supplier organisation, its documentation and the eligibility verdict. */
export default async function AdminSupplierPage({ params }: Props) {
  const { locale, t } = await getTranslator();
  const supplier = await read(getSupplierForAdmin, { supplierId: (await params).id });
  return <AdminSupplierView supplier={supplier} action={setEligibilityAction} locale={locale} t={t} />;
}
