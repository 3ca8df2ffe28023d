import { describe, expect, it } from "vitest";

import { renderPdf } from "@/lib/pdf/render";
import { pdfText } from "@/tests/helpers/pdf-text";

describe("renderPdf", () => {
  it("writes real, extractable text with Norwegian letters, facts, tables and a footer on every page", { timeout: 30_000 }, async () => {
    const rows = Array.from({ length: 80 }, (_, i) => [`Leverandør ${i + 1}`, `${i + 1},00 poeng`, i % 2 ? "Avvist" : "Kvalifisert"]);
    const bytes = await renderPdf({
      title: "Anskaffelsesprotokoll – Blåbær AS",
      subtitle: "2026/0042 · Arbeidsforberedende trening",
      lang: "nb",
      footer: "Revisjonskjede: abc123",
      blocks: [
        { kind: "heading", text: "Tilbudsåpning" },
        { kind: "facts", rows: [["Tilbudsfrist", "12.03.2027 kl. 12:00"], ["Åpnet av", "Kari Nordmann"]] },
        { kind: "paragraph", text: "Vekt pris ≥ 30 % → kvalitet først." },
        { kind: "table", head: ["Tilbyder", "Poeng", "Status"], rows },
      ],
    });
    expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
    const text = await pdfText(bytes);
    expect(text).toContain("Anskaffelsesprotokoll – Blåbær AS");
    expect(text).toContain("Åpnet av");
    expect(text).toContain("Vekt pris >= 30 % -> kvalitet først.");
    expect(text).toContain("Leverandør 80");
    const pages = text.split("\n");
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) expect(page).toContain("Revisjonskjede: abc123");
  });
});
