import type { Locale } from "@/lib/i18n";
import { formatOsloDateTime } from "@/lib/time";

import type { AnyKind, RenderedText } from "./kinds";
import { ROUTES } from "@/lib/routes";

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

const FOOTER: Record<Locale, { open: string; why: string; reminders: string }> = {
  nb: {
    open: "Åpne i Tiltaksanbud",
    why: "Du får denne e-posten fra Tiltaksanbud. Innholdet finner du bare i løsningen.",
    reminders: "Du kan slå av påminnelser på e-post her:",
  },
  en: {
    open: "Open in Tiltaksanbud",
    why: "You get this e-mail from Tiltaksanbud. The content is only in the service.",
    reminders: "You can turn reminder e-mails off here:",
  },
};

/** The kind's text in the recipient's language (also the in-app centre's title and summary). */
export function renderText(definition: AnyKind, params: { path: string }, locale: Locale): RenderedText {
  return definition.text[locale](params, { locale, dateTime: (iso) => formatOsloDateTime(new Date(iso), locale) });
}

/** An absolute link from an app path and the public base URL (NEXTAUTH_URL), keeping the base's own path. */
export function absoluteLink(appUrl: string, path: string): string {
  return new URL(path.replace(/^\/+/, ""), appUrl.endsWith("/") ? appUrl : `${appUrl}/`).toString();
}

const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/**
 * Plain text and HTML of one e-mail. Only the kind's short text and links: never bid content (the kinds' parameters
 * carry none), and the link is where the content is read, after signing in.
 */
export function renderMail(definition: AnyKind, params: { path: string }, locale: Locale, appUrl: string): RenderedMail {
  const { subject, body } = renderText(definition, params, locale);
  const footer = FOOTER[locale];
  const link = absoluteLink(appUrl, params.path);
  const preferences = definition.category === "reminder" ? absoluteLink(appUrl, ROUTES.notificationPreferences) : null;
  const text = [...body, "", `${footer.open}: ${link}`, "", footer.why, ...(preferences ? [`${footer.reminders} ${preferences}`] : [])].join("\n");
  const html = [
    `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head><body>`,
    ...body.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`),
    `<p><a href="${escapeHtml(link)}">${escapeHtml(footer.open)}</a></p>`,
    `<p style="color:#555">${escapeHtml(footer.why)}</p>`,
    ...(preferences ? [`<p style="color:#555">${escapeHtml(footer.reminders)} <a href="${escapeHtml(preferences)}">${escapeHtml(preferences)}</a></p>`] : []),
    "</body></html>",
  ].join("\n");
  return { subject, text, html };
}
