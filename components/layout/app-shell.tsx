import type { ComponentProps, ReactNode } from "react";

import { AppHeader } from "@/components/layout/app-header";

export type AppShellProps = ComponentProps<typeof AppHeader> & { skipToContent: string; children: ReactNode };

/** Skip-link, header with the navigation this user may use, and the main landmark. */
export function AppShell({ children, skipToContent, ...header }: AppShellProps) {
  return (
    <>
      <a className="skip-link" href="#main-content">
        {skipToContent}
      </a>
      <AppHeader {...header} />
      <main id="main-content" className="app-main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
