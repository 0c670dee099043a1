// How a mail leaves: to the SMTP server in SMTP_URL, or as an .eml file when there is none.
import { mkdir, readdir, rename, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import nodemailer from 'nodemailer';

/**
 * Where mails go: with `smtpUrl` (SMTP_URL, e.g. smtp://user:pass@mail.example:587) to that
 * server; without, each mail as an `.eml` file in `outboxDir`, its path logged, so a fresh
 * machine shows the whole flow. `send(message, id)` resolves once the mail is handed over, or fails
 * once connecting, the greeting or a silent connection took longer than `timeoutMs` (SMTP_TIMEOUT_MS;
 * the lease a mail is sent under is at least four times that). `sweep(known)` deletes the files of mails
 * whose outbox rows are gone (`known(ids)` gives the ids still stored), so deleting registrations
 * deletes the copies of their mails too; a mail server keeps what it was given by its own rules.
 */
export function createTransport({ smtpUrl, outboxDir, log, timeoutMs = 30_000 }) {
  if (smtpUrl) {
    const transport = nodemailer.createTransport(smtpUrl, { connectionTimeout: timeoutMs, greetingTimeout: timeoutMs, socketTimeout: timeoutMs });
    return { send: (message) => transport.sendMail(message), sweep: async () => 0, close: () => transport.close() };
  }
  const writer = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    async send(message, id) {
      const { message: bytes } = await writer.sendMail(message);
      await mkdir(outboxDir, { recursive: true });
      // One file per outbox row: a mail sent again after a crash replaces its file, never doubles it.
      const path = join(outboxDir, `${id}.eml`);
      await writeFile(`${path}.part`, bytes);
      await rename(`${path}.part`, path);
      log(`event-widgets demo server: mail "${message.subject}" written to ${path}`);
    },
    async sweep(known) {
      const files = await readdir(outboxDir).catch((error) => (error.code === 'ENOENT' ? [] : Promise.reject(error)));
      const ids = files.filter((name) => name.endsWith('.eml')).map((name) => name.slice(0, -'.eml'.length));
      if (ids.length === 0) return 0;
      const kept = new Set(await known(ids));
      const gone = ids.filter((id) => !kept.has(id));
      await Promise.all(gone.map((id) => unlink(join(outboxDir, `${id}.eml`)).catch((error) => error.code === 'ENOENT' || Promise.reject(error))));
      return gone.length;
    },
    close() {},
  };
}
