import { Writable } from "node:stream";

import { describe, expect, it } from "vitest";

import { createLogger } from "@/lib/log";

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { logger: createLogger(stream), lines };
}

describe("logger", () => {
  it("redacts passwords, hashes, tokens, cookies and e-mail addresses at any of the first three levels", () => {
    const { logger, lines } = capture();
    logger.info(
      {
        email: "kari@nav.no",
        password: "hemmelig",
        user: { passwordHash: "$argon2id$...", email: "ola@nav.no", name: "Ola" },
        req: { headers: { cookie: "next-auth.session-token=abc", authorization: "Bearer xyz" } },
        token: "t",
      },
      "login",
    );
    const line = lines.join("");
    for (const secret of ["kari@nav.no", "hemmelig", "$argon2id$", "ola@nav.no", "session-token=abc", "Bearer xyz"]) {
      expect(line).not.toContain(secret);
    }
    expect(line).toContain("[redacted]");
    expect(JSON.parse(line)).toMatchObject({ msg: "login", app: "tiltaksanbud", user: { name: "Ola" } });
  });
});
