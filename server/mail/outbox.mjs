// Sending what the outbox table holds. A mail is stored in the same transaction as the change it
// tells of, and sent after that commits: a crash in between loses nothing, and the next start (or
// another instance) sends it. Each mail is claimed before it is sent, so two instances never send
// the same one; a refused mail is tried again later, waiting twice as long each time.
import { randomUUID } from 'node:crypto';

/** The longest wait between two tries, and when a mail is given up (and counted as failed). */
const MAX_WAIT_MS = 60 * 60_000;
const GIVE_UP_MS = 2 * 86_400_000;
/** Mails claimed at a time. */
const BATCH = 10;

const iso = (ms) => new Date(ms).toISOString();

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
