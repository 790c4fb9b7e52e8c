// A real SMTP server in the test process (smtp-server) that keeps what it receives, parsed by mailparser: point the
// platform's SMTP_URL at `inbox.url`, send the outbox (`app.mailWorker.drain()`), then read the messages and follow their
// links as a person would.
import type { AddressInfo } from 'node:net';
import { simpleParser, type AddressObject } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  /** The envelope's sender and recipients (what the SMTP conversation said). */
  from: string;
  to: string[];
  /** Decoded header values by lower-case name (addresses as their display text). */
  headers: Map<string, string>;
  /** Header values as sent (unfolded, not decoded) by lower-case name: the parser folds List-* headers into `list`. */
  rawHeaders: Map<string, string>;
  subject: string;
  text: string;
  html: string;
  /** The files it carries (a meeting's calendar file), their content as text. */
  attachments: { filename: string; contentType: string; content: string }[];
}

const headerText = (value: unknown): string =>
  typeof value === 'string' ? value : value && typeof value === 'object' && 'text' in value ? String((value as AddressObject).text) : String(value);

export class SmtpInbox {
  readonly messages: ReceivedMail[] = [];
  /** How many of the next recipients the server turns away with a temporary failure (451). */
  refuseNext = 0;
  /** How long the server takes before it accepts a message (work in flight, for shutdown tests). */
  acceptDelayMs = 0;
  private readonly server: SMTPServer;

  private constructor() {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onRcptTo: (_address, _session, callback) => {
        if (this.refuseNext > 0) {
          this.refuseNext--;
          return callback(Object.assign(new Error('Mailbox busy, try again later'), { responseCode: 451 }));
        }
        callback();
      },
      onData: (stream, session, callback) => {
        simpleParser(stream).then(async (parsed) => {
          await new Promise((r) => setTimeout(r, this.acceptDelayMs));
          return parsed;
        }).then(
          (parsed) => {
            this.messages.push({
              from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
              to: session.envelope.rcptTo.map((a) => a.address),
              headers: new Map([...parsed.headers].map(([name, value]) => [name, headerText(value)])),
              rawHeaders: new Map(parsed.headerLines.map((h) => [h.key, h.line.slice(h.line.indexOf(':') + 1).replace(/\r?\n\s+/g, ' ').trim()])),
              subject: parsed.subject ?? '',
              text: parsed.text ?? '',
              html: typeof parsed.html === 'string' ? parsed.html : '',
              attachments: parsed.attachments.map((a) => ({ filename: a.filename ?? '', contentType: a.contentType, content: a.content.toString('utf8') })),
            });
            callback();
          },
          (err: Error) => callback(err),
        );
      },
    });
  }

  static async start(): Promise<SmtpInbox> {
    const inbox = new SmtpInbox();
    await new Promise<void>((resolve) => inbox.server.listen(0, '127.0.0.1', resolve));
    return inbox;
  }

  /** The SMTP_URL that reaches this inbox. */
  get url(): string {
    return `smtp://127.0.0.1:${(this.server.server.address() as AddressInfo).port}`;
  }

  /** The messages sent to `email`, oldest first. */
  to(email: string): ReceivedMail[] {
    return this.messages.filter((m) => m.to.includes(email));
  }

  /**
   * Waits for a message to `email` (the newest one matching), calling `deliver` between looks (e.g. the mail worker's
   * drain) since in tests nothing sends the outbox by itself.
   */
  async waitFor(email: string, deliver: () => Promise<unknown>, match: (m: ReceivedMail) => boolean = () => true, timeoutMs = 10_000): Promise<ReceivedMail> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      await deliver();
      const found = this.to(email).filter(match).at(-1);
      if (found) return found;
      if (Date.now() > until) throw new Error(`no e-mail to ${email} within ${timeoutMs} ms (received: ${this.messages.map((m) => `${m.to.join(',')}: ${m.subject}`).join('; ') || 'none'})`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

/** The first link in a message's text whose path starts with `pathPrefix` (e.g. '/reset-password/'). */
export function linkIn(mail: ReceivedMail, pathPrefix: string): URL {
  for (const candidate of mail.text.match(/https?:\/\/\S+/g) ?? []) {
    const url = new URL(candidate);
    if (url.pathname.startsWith(pathPrefix)) return url;
  }
  throw new Error(`no ${pathPrefix} link in “${mail.subject}”:\n${mail.text}`);
}
