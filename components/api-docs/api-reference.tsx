"use client";

import "@scalar/api-reference-react/style.css";

import { ApiReferenceReact } from "@scalar/api-reference-react";

/**
 * The OpenAPI description rendered by Scalar (client-side; it mounts into an empty element). Under our CSP: its
 * scripts come from our bundle (script-src 'self' via 'strict-dynamic'), its stylesheet is bundled, and the one
 * inline <style> it writes (its theme, no nonce) is allowed by hash in lib/security/csp.ts. Nothing is fetched from
 * elsewhere: no default fonts, no telemetry, no MCP/agent features; the description comes from our own URL.
 */
export function ApiReference({ url }: { url: string }) {
  return (
    <ApiReferenceReact
      configuration={{
        url,
        withDefaultFonts: false,
        telemetry: false,
        hideDarkModeToggle: true,
        forceDarkModeState: "light",
        showDeveloperTools: "never",
        mcp: { disabled: true },
        hideClientButton: true,
        documentDownloadType: "json",
        layout: "modern",
      }}
    />
  );
}
