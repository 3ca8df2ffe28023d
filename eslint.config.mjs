import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

import local from "./eslint-rules/aksel-server-parts.mjs";

const PURE_MODULES = ["lib/scoring/**", "lib/rules/**", "lib/notices/**", "lib/**/transitions.ts", "lib/tenders/preconditions.ts"];

const config = [
  { ignores: [".next/**", ".data/**", "lib/generated/**", "node_modules/**", "test-results/**", "playwright-report/**", "next-env.d.ts"] },
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/ban-ts-comment": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // Pure domain modules must stay free of framework and database code (design.md).
    files: PURE_MODULES,
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["next", "next/*", "react", "react-dom", "@prisma/*", "@/lib/generated/*", "@/lib/db", "@/lib/db/*"], message: "Pure modules import nothing from next, react or the database." },
          ],
        },
      ],
    },
  },
  {
    // Aksel's compound parts are undefined in server components (500 at runtime): named parts there. The rule itself
    // skips "use client" modules; tests/unit/eslint-aksel-parts.test.ts keeps it switched on for these files.
    files: ["app/**/*.tsx", "components/**/*.tsx"],
    plugins: { local },
    rules: { "local/no-aksel-compound-in-server": "error" },
  },
];

export default config;
