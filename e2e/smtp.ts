import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  to: string[];
  raw: string;
}

/** A real SMTP server inside the test process, receiving what the platform sends. */
export async function startSmtpServer(port: number): Promise<{ received: ReceivedMail[]; close: () => Promise<void> }> {
  const received: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString('utf8') });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', () => resolve()));
  void (server.server.address() as AddressInfo);
  return { received, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** Decodes a quoted-printable or base64 text body enough to find a link in it. */
export function mailText(raw: string): string {
  const split = raw.search(/\r?\n\r?\n/);
  const head = split < 0 ? '' : raw.slice(0, split);
  const body = split < 0 ? raw : raw.slice(split);
  // a mail with a calendar is multipart (text, text/calendar, the .ics): the text is its text/plain part
  const boundary = /^Content-Type:\s*multipart\/[^]*?boundary="?([^"\r\n;]+)"?/im.exec(head)?.[1];
  if (boundary) {
    const parts = body.split(`--${boundary}`).slice(1, -1).map((p) => p.replace(/^\r?\n/, ''));
    const part = parts.find((p) => /^Content-Type:\s*text\/plain/im.test(p.slice(0, p.search(/\r?\n\r?\n/)))) ?? parts.find((p) => /^Content-Type:\s*multipart\//im.test(p));
    return part === undefined ? '' : mailText(part);
  }
  if (/^Content-Transfer-Encoding: base64/im.test(head)) return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  return body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
}
