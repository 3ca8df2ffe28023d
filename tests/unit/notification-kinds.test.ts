import { describe, expect, it } from "vitest";

import { NOTIFICATION_TEMPLATES } from "@/lib/notifications";
import { IN_APP_KEYS, KINDS, kindOf } from "@/lib/notifications/kinds";
import { absoluteLink, renderMail } from "@/lib/notifications/render";

describe("notification kinds", () => {
  it("every kind has a unique key, and the command names map to them", () => {
    const keys = Object.values(KINDS).map((definition) => definition.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(NOTIFICATION_TEMPLATES.passwordReset).toBe("user.password-reset");
    expect(kindOf("tender.cancelled")?.category).toBe("legal");
    expect(kindOf("nope")).toBeUndefined();
  });

  it("secret links never reach the centre", () => {
    expect(IN_APP_KEYS).not.toContain("user.password-reset");
    expect(IN_APP_KEYS).not.toContain("supplier.invitation");
    expect(IN_APP_KEYS).toContain("tender.question-asked");
  });

  it("reminders are the only kinds a user may mute", () => {
    const reminders = Object.values(KINDS).filter((definition) => definition.category === "reminder").map((definition) => definition.key);
    expect(reminders.every((key) => key.startsWith("reminder."))).toBe(true);
    expect(reminders.length).toBe(4);
  });
});

describe("renderMail", () => {
  it("escapes text in the HTML part and links absolutely", () => {
    const mail = renderMail(kindOf("tender.cancelled")!, { path: "/portal/konkurranser/a b", reference: "2026/1", reason: "<script>x</script> & mer" } as never, "nb", "https://anbud.nav.no/app");
    expect(mail.html).not.toContain("<script>");
    expect(mail.html).toContain("&#60;script&#62;x&#60;/script&#62; &#38; mer");
    expect(mail.text).toContain("https://anbud.nav.no/app/portal/konkurranser/a%20b");
    expect(mail.html).toContain('<html lang="nb">');
    expect(mail.text).not.toContain("/varsler/innstillinger");
  });

  it("keeps the base path of the public URL", () => {
    expect(absoluteLink("https://x.no/base", "/varsler")).toBe("https://x.no/base/varsler");
    expect(absoluteLink("https://x.no/", "/varsler")).toBe("https://x.no/varsler");
  });
});
