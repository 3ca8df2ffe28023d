import path from "node:path";

import PDFDocument from "pdfkit";

/*
 * The one way the app makes a PDF (award letters, the procurement protocol): a document is a list of plain blocks,
 * laid out with pdfkit in Aksel's font (Source Sans 3, embedded as a subset), so the text is real, searchable text.
 * Callers translate and format everything first; nothing here knows a domain.
 */

export type PdfBlock =
  | { kind: "heading"; text: string; level?: 1 | 2 }
  | { kind: "paragraph"; text: string }
  /** Label–value pairs, e.g. "Tilbudsfrist" – "12.03.2027 kl. 12:00". */
  | { kind: "facts"; rows: readonly (readonly [string, string])[] }
  | { kind: "table"; head: readonly string[]; rows: readonly (readonly string[])[] };

export interface PdfDocumentSpec {
  title: string;
  lang: "nb" | "en";
  /** A line under the title (e.g. the reference and the competition's name). */
  subtitle?: string;
  /** Printed at the foot of every page (e.g. the audit chain head the document cites). */
  footer?: string;
  blocks: readonly PdfBlock[];
}

const FONT_DIR = path.join(process.cwd(), "node_modules", "@fontsource", "source-sans-3", "files");
const REGULAR = path.join(FONT_DIR, "source-sans-3-latin-400-normal.woff");
const BOLD = path.join(FONT_DIR, "source-sans-3-latin-600-normal.woff");
const MARGIN = 56;
const FOOTER_SPACE = 28;

/** The font's latin subset lacks a few signs users type; these stand in so nothing prints as a blank. */
const STAND_INS: Readonly<Record<string, string>> = { "≥": ">=", "≤": "<=", "→": "->", "←": "<-", "×": "x", "−": "-", "≠": "!=" };
const printable = (text: string) => text.replace(/[≥≤→←×−≠]/g, (c) => STAND_INS[c] ?? c).replace(/[\u0000-\u0008\u000b-\u001f]/g, "");

export async function renderPdf(spec: PdfDocumentSpec): Promise<Buffer> {
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: MARGIN, left: MARGIN, right: MARGIN, bottom: MARGIN + FOOTER_SPACE },
    info: { Title: printable(spec.title) },
    lang: spec.lang === "nb" ? "nb-NO" : "en-GB",
    displayTitle: true,
    bufferPages: true,
  });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    doc.on("end", resolve);
    doc.on("error", reject);
  });
  doc.registerFont("regular", REGULAR);
  doc.registerFont("bold", BOLD);

  doc.font("bold").fontSize(18).text(printable(spec.title));
  if (spec.subtitle) doc.font("regular").fontSize(11).fillColor("#444").text(printable(spec.subtitle)).fillColor("black");
  doc.moveDown();
  for (const block of spec.blocks) renderBlock(doc, block);
  if (spec.footer) stampFooters(doc, printable(spec.footer));
  doc.end();
  await ended;
  return Buffer.concat(chunks);
}

function renderBlock(doc: PDFKit.PDFDocument, block: PdfBlock): void {
  const width = doc.page.width - MARGIN * 2;
  switch (block.kind) {
    case "heading":
      doc.moveDown(0.6).font("bold").fontSize(block.level === 2 ? 12 : 14).text(printable(block.text), MARGIN, undefined, { width }).moveDown(0.3);
      return;
    case "paragraph":
      doc.font("regular").fontSize(10.5).text(printable(block.text), MARGIN, undefined, { width }).moveDown(0.4);
      return;
    case "facts":
      renderRows(doc, [width * 0.34, width * 0.66], block.rows, { boldFirst: true });
      doc.moveDown(0.4);
      return;
    case "table": {
      const columns = block.head.map(() => width / block.head.length);
      renderRows(doc, columns, [block.head], { bold: true, rule: true });
      renderRows(doc, columns, block.rows, {});
      doc.moveDown(0.4);
      return;
    }
  }
}

function renderRows(doc: PDFKit.PDFDocument, widths: readonly number[], rows: readonly (readonly string[])[], style: { bold?: boolean; boldFirst?: boolean; rule?: boolean }): void {
  const padding = 4;
  for (const row of rows) {
    const fontFor = (index: number) => (style.bold || (style.boldFirst && index === 0) ? "bold" : "regular");
    const height = Math.max(...row.map((cell, i) => doc.font(fontFor(i)).fontSize(9.5).heightOfString(printable(cell), { width: widths[i]! - padding }))) + padding;
    if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
    const top = doc.y;
    let x = MARGIN;
    row.forEach((cell, i) => {
      doc.font(fontFor(i)).fontSize(9.5).text(printable(cell), x, top, { width: widths[i]! - padding });
      x += widths[i]!;
    });
    doc.y = top + height;
    if (style.rule) doc.moveTo(MARGIN, doc.y - padding / 2).lineTo(MARGIN + widths.reduce((a, b) => a + b, 0), doc.y - padding / 2).lineWidth(0.5).stroke();
  }
  doc.x = MARGIN;
}

function stampFooters(doc: PDFKit.PDFDocument, footer: string): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i += 1) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    // Writing inside the bottom margin would make pdfkit add a page: lift the margin while stamping.
    doc.page.margins.bottom = 0;
    doc.font("regular").fontSize(8).fillColor("#555").text(`${footer}   ${i + 1}/${range.count}`, MARGIN, doc.page.height - MARGIN, { width: doc.page.width - MARGIN * 2, lineBreak: false });
    doc.page.margins.bottom = bottom;
    doc.fillColor("black");
  }
}
