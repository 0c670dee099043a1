// Sending what the outbox table holds. A mail is stored in the same transaction as the change it
// tells of, and sent after that commits: a crash in between loses nothing, and the next start (or
// another instance) sends it. Each mail is claimed before it is sent, so two instances never send
// the same one; a refused mail is tried again later, waiting twice as long each time.
import { randomUUID } from 'node:crypto';
import { mkdir, readdir, rename, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import nodemailer from 'nodemailer';

/** The longest wait between two tries, and when a mail is given up (and counted as failed). */
const MAX_WAIT_MS = 60 * 60_000;
const GIVE_UP_MS = 2 * 86_400_000;
/** Mails claimed at a time. */
const BATCH = 10;

const iso = (ms) => new Date(ms).toISOString();

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

/**
 * Sends the outbox's due mails through `transport` now, whenever `kick()` is called (after each
 * commit that queued one), and every `pollMs` (mails other instances queued, retries). A failed
 * delivery waits `retryMs`, then twice that, up to an hour; after two days it is given up. A mail
 * is claimed for `leaseMs`: should its sender die while sending, another instance (or the next
 * start) sends it once that has passed. Mails are claimed ten at a time, and each is claimed afresh just
 * before it is sent: a batch that takes longer than one lease never sends a mail whose claim ran out
 * and that another instance took meanwhile.
 */
export function startOutbox({ db, transport, from, retryMs = 60_000, leaseMs = 300_000, pollMs = 5000, logError = console.error }) {
  const owner = randomUUID();
  const domain = /@([^>\s]+)/.exec(from)?.[1] ?? 'event-widgets.invalid';
  let running;
  let again = false;
  let stopped = false;
  const timers = new Set();
  const later = (ms) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      kick();
    }, ms);
    timer.unref();
    timers.add(timer);
  };

  async function deliver(mail) {
    // Ours still, for a whole lease from now; else another instance took it once our claim ran out.
    if (!(await db.renewClaim(mail.id, owner, iso(Date.now() + leaseMs)))) return;
    try {
      // The Message-ID is the outbox row's: should a mail ever go out twice, mail programs show it once.
      await transport.send({ ...mail.message, from, messageId: `<${mail.id}@${domain}>` }, mail.id);
      await db.mailSent(mail.id, iso(Date.now()));
    } catch (error) {
      const attempts = mail.attempts + 1;
      const wait = Math.min(retryMs * 2 ** (attempts - 1), MAX_WAIT_MS);
      const giveUp = Date.now() + wait - Date.parse(mail.createdAt) > GIVE_UP_MS;
      await db.mailFailed(mail.id, { attempts, nextAttemptAt: iso(Date.now() + wait), failedAt: giveUp ? iso(Date.now()) : null, error: String(error?.message ?? error).slice(0, 500) });
      logError(`event-widgets demo server: mail ${mail.id} not sent (try ${attempts}): ${error?.message ?? error}; ${giveUp ? 'given up' : `next try in ${Math.round(wait / 1000)} s`}`);
      if (!giveUp && !stopped) later(wait);
    }
  }

  async function run() {
    do {
      again = false;
      const now = Date.now();
      const mails = await db.claimMails(owner, iso(now), iso(now + leaseMs), BATCH);
      for (const mail of mails) await deliver(mail);
      if (mails.length === BATCH) again = true;
    } while (again && !stopped);
  }

  /** Sends what is due; a call while sending makes the current run look again once it is done. */
  function kick() {
    if (stopped) return Promise.resolve();
    if (running) {
      again = true;
      return running;
    }
    running = run()
      .catch((error) => logError(`event-widgets demo server: the outbox could not be read: ${error.message}`))
      .finally(() => (running = undefined));
    return running;
  }

  const poll = setInterval(kick, pollMs);
  poll.unref();
  kick();
  return {
    kick,
    async stop() {
      stopped = true;
      clearInterval(poll);
      timers.forEach(clearTimeout);
      await running;
      transport.close();
    },
  };
}
