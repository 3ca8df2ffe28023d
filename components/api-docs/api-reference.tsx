"use client";

import "@scalar/api-reference-react/style.css";
import "./api-reference.css";

import { ApiReferenceReact } from "@scalar/api-reference-react";

/**
 * The OpenAPI description rendered by Scalar (client-side; it mounts into an empty element). Under our CSP: its
 * scripts come from our bundle (script-src 'self' via 'strict-dynamic'), its stylesheet is bundled, and the one
 * inline <style> it writes (its theme, no nonce) is allowed by hash in lib/security/csp.ts. Nothing is fetched from
 * elsewhere: no default fonts, no telemetry, no MCP or AI agent; the description comes from our own URL. Scalar has no
 * Norwegian locale: its chrome is in English, as the API description is.
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
        agent: { disabled: true },
        defaultOpenAllTags: true,
        hideClientButton: true,
        documentDownloadType: "json",
        layout: "modern",
      }}
    />
  );
}
