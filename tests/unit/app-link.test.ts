import { createElement, type FunctionComponent, type ReactElement, type ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";

import { AppButtonLink, AppLink, AppPaginationLink } from "@/components/common/app-link";

/*
 * The app's link wrappers decide "disabled" themselves: a disabled Aksel Button drops its href, and a NextLink without
 * one throws while rendering, so a disabled link must come out as something that is not a link (and callers pass
 * `disabled` instead of choosing between two components).
 */
const html = (element: ReactElement) => renderToStaticMarkup(element);
/** createElement with the link text as its child (the props types name children as required). */
const link = <P extends { children: ReactNode }>(component: FunctionComponent<P>, props: Omit<P, "children">, text: string) =>
  createElement(component as FunctionComponent<Omit<P, "children">>, props, text);

describe("AppButtonLink", () => {
  it("is a link with the href, heard as a link", () => {
    const out = html(link(AppButtonLink, { href: "/anskaffelser/ny", variant: "secondary" }, "Ny"));
    expect(out).toMatch(/^<a [^>]*href="\/anskaffelser\/ny"/);
    expect(out).toContain('role="link"');
  });

  it("disabled: a disabled button without an href (no throw, nothing to follow)", () => {
    const out = html(link(AppButtonLink, { href: "/anskaffelser/ny", disabled: true }, "Ny"));
    expect(out).toMatch(/^<button [^>]*disabled=""/);
    expect(out).toContain('type="button"');
    expect(out).not.toContain("href");
    expect(out).toContain("Ny");
  });
});

describe("AppLink", () => {
  it("is a link, and disabled only its text marked aria-disabled", () => {
    expect(html(link(AppLink, { href: "/historikk" }, "Historikk"))).toMatch(/^<a [^>]*href="\/historikk"[^>]*>Historikk<\/a>$/);
    expect(html(link(AppLink, { href: "/historikk", disabled: true }, "Historikk"))).toBe('<span aria-disabled="true">Historikk</span>');
  });
});

describe("AppPaginationLink", () => {
  const item = { page: 2, selected: false, size: "small" as const, onClick: () => {}, children: "2" };
  it("links to its page, and a disabled (hidden prev/next) item is a plain button", () => {
    expect(html(createElement(AppPaginationLink, { ...item, href: "/historikk?page=2" }))).toMatch(/^<a [^>]*href="\/historikk\?page=2"/);
    const disabled = html(createElement(AppPaginationLink, { ...item, disabled: true, href: "/historikk?page=2" }));
    expect(disabled).toMatch(/^<button /);
    expect(disabled).not.toContain("href");
  });
});
