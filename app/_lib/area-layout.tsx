import "server-only";

import type { Metadata } from "next";
import type { ReactNode } from "react";

import type { AreaId } from "@/lib/auth/areas";
import { requireArea } from "@/lib/auth/guard";

/**
 * The layout of a role area: checks the area once for every page in it. generateMetadata checks too, because
 * Next resolves the page's title before the layout renders: refused there, the tab says "Ingen tilgang", not the
 * name of a page the visitor may not see.
 */
export function areaLayout(area: AreaId) {
  return {
    async generateMetadata(): Promise<Metadata> {
      await requireArea(area);
      return {};
    },
    async Layout({ children }: { children: ReactNode }) {
      await requireArea(area);
      return children;
    },
  };
}
