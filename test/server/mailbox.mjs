// A real SMTP server in the test process (smtp-server): what the registration server sends arrives
// here over a socket, as it would at an organiser's mail server, and is parsed with mailparser.
import { SMTPServer } from 'smtp-server';
import { simpleParser } from 'mailparser';

/**
 * Starts an SMTP server on a free loopback port. `refuse` (a number) makes it answer the first
 * that many messages with a temporary failure (451), as a mail server that is down would.
 * Returns `url` (for SMTP_URL), `mails` (parsed, in order of arrival), `next(predicate)`,
 * `refused` (how many were turned away) and `close()`.
 */
export async function startMailbox({ refuse = 0 } = {}) {
  const mails = [];
  const waiting = [];
  let refused = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      const chunks = [];
      stream.on('data', (chunk) => chunks.push(chunk));
      stream.on('end', async () => {
        if (refused < refuse) {
          refused++;
          const error = new Error('mail system temporarily unavailable');
          error.responseCode = 451;
          return callback(error);
        }
        const raw = Buffer.concat(chunks);
        const mail = await simpleParser(raw);
        mail.raw = raw.toString('utf8');
        mails.push(mail);
        callback();
        for (const wait of [...waiting]) {
          if (wait.predicate(mail)) {
            waiting.splice(waiting.indexOf(wait), 1);
            wait.resolve(mail);
          }
        }
      });
    },
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address();
  return {
    url: `smtp://127.0.0.1:${port}`,
    port,
    mails,
    get refused() {
      return refused;
    },
    /** The first mail, already here or still to come, that `predicate` accepts; rejects after `timeoutMs`. */
    next(predicate = () => true, timeoutMs = 15_000) {
      const found = mails.find(predicate);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const wait = { predicate, resolve };
        waiting.push(wait);
        setTimeout(() => {
          if (!waiting.includes(wait)) return;
          waiting.splice(waiting.indexOf(wait), 1);
          reject(new Error(`no such mail within ${timeoutMs} ms; arrived: ${mails.map((m) => `${m.to?.text}: ${m.subject}`).join(' | ') || 'none'}`));
        }, timeoutMs).unref();
      });
    },
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

/** Mails to `address`. */
export const to = (address) => (mail) => mail.to?.value.some((a) => a.address === address);

/** The first link in a mail's text that starts with `prefix`. */
export function linkIn(mail, prefix) {
  const match = mail.text.match(new RegExp(`${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\S+`));
  return match?.[0];
}
