import type { AddressInfo } from "node:net";

import { simpleParser } from "mailparser";
import nodemailer from "nodemailer";
import { SMTPServer } from "smtp-server";

export interface ReceivedMail {
  to: string[];
  raw: string;
}

/**
 * A real SMTP server in this process (the `smtp-server` package) on a free port, and a nodemailer transport to it.
 * `refuseNext(n)` makes the next n messages fail with 451 (a temporary refusal), as a busy relay would.
 */
export async function startSmtpServer() {
  const received: ReceivedMail[] = [];
  let refusals = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        if (refusals > 0) {
          refusals--;
          const error = Object.assign(new Error("451 try again later"), { responseCode: 451 });
          return callback(error);
        }
        received.push({ to: session.envelope.rcptTo.map((rcpt) => rcpt.address), raw: Buffer.concat(chunks).toString("utf8") });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  const transport = nodemailer.createTransport({ host: "127.0.0.1", port, secure: false, ignoreTLS: true });
  return {
    port,
    received,
    transport,
    refuseNext(count: number) {
      refusals = count;
    },
    async close() {
      transport.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** A delivered message parsed (mailparser): its subject, plain text, HTML and the HTML's language. */
export async function parseMail(mail: ReceivedMail): Promise<{ to: string[]; subject: string; text: string; html: string; lang: string | null }> {
  const parsed = await simpleParser(mail.raw);
  const html = typeof parsed.html === "string" ? parsed.html : "";
  return { to: mail.to, subject: parsed.subject ?? "", text: parsed.text ?? "", html, lang: /<html lang="(\w+)"/.exec(html)?.[1] ?? null };
}
