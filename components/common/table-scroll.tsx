import type { ReactNode } from "react";

/**
 * A wide table's frame: scrolls sideways on narrow screens, with shadows at the edges that hide more columns, and
 * is a labelled, focusable region so keyboard users can scroll it too (axe: scrollable-region-focusable).
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
