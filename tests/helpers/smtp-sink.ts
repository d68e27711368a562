// A tiny SMTP server for tests, on 127.0.0.1 and a free port: it speaks just enough of
// RFC 5321 for nodemailer (EHLO/HELO, MAIL, RCPT, DATA, RSET, NOOP, QUIT), keeps every
// message it accepts, and can be told to refuse messages with a permanent 5xx error.
import { createServer, type Server, type Socket } from 'node:net';

export interface ReceivedMessage {
  from: string;
  to: string[];
  /** The raw message as sent (headers and body, dot-unstuffed). */
  data: string;
  header(name: string): string | undefined;
  /** The body as text (quoted-printable decoded when the message says so). */
  text(): string;
}

export interface SmtpSink {
  url: string;
  messages: ReceivedMessage[];
  /** null: accept; otherwise the reply sent instead of accepting a message (e.g. "550 5.1.1 No such user"). */
  refuseWith: string | null;
  close(): Promise<void>;
}

function parseHeader(data: string, name: string): string | undefined {
  const head = data.split(/\r?\n\r?\n/)[0] ?? '';
  // Unfold continuation lines, then find the header.
  const unfolded = head.replace(/\r?\n[ \t]+/g, ' ');
  const line = unfolded.split(/\r?\n/).find((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}:`));
  return line?.slice(name.length + 1).trim();
}

function bodyText(data: string): string {
  const [, ...rest] = data.split(/\r?\n\r?\n/);
  const body = rest.join('\r\n\r\n');
  if (!/quoted-printable/i.test(parseHeader(data, 'Content-Transfer-Encoding') ?? '')) return body;
  const bytes = Buffer.from(body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1');
  return bytes.toString('utf8');
}

export async function startSmtpSink(): Promise<SmtpSink> {
  const sockets = new Set<Socket>();
  const sink: SmtpSink = {
    url: '',
    messages: [],
    refuseWith: null,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };

  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
    socket.setEncoding('utf8');
    let buffer = '';
    let inData = false;
    let dataLines: string[] = [];
    let from = '';
    let to: string[] = [];
    const reply = (line: string) => socket.write(`${line}\r\n`);

    reply('220 sink.test ESMTP test sink');
    socket.on('data', (chunk: string) => {
      buffer += chunk;
      let index: number;
      while ((index = buffer.indexOf('\r\n')) >= 0) {
        const line = buffer.slice(0, index);
        buffer = buffer.slice(index + 2);
        if (inData) {
          if (line === '.') {
            inData = false;
            const data = dataLines.join('\r\n');
            if (sink.refuseWith) {
              reply(sink.refuseWith);
            } else {
              sink.messages.push({ from, to, data, header: (name) => parseHeader(data, name), text: () => bodyText(data) });
              reply('250 2.0.0 Ok: queued');
            }
            from = '';
            to = [];
            dataLines = [];
          } else {
            dataLines.push(line.startsWith('..') ? line.slice(1) : line);
          }
          continue;
        }
        const command = line.slice(0, 4).toUpperCase();
        if (command === 'EHLO') {
          socket.write('250-sink.test\r\n250-8BITMIME\r\n250 SMTPUTF8\r\n');
        } else if (command === 'HELO') {
          reply('250 sink.test');
        } else if (command === 'MAIL') {
          from = /<([^>]*)>/.exec(line)?.[1] ?? '';
          to = [];
          reply('250 2.1.0 Ok');
        } else if (command === 'RCPT') {
          to.push(/<([^>]*)>/.exec(line)?.[1] ?? '');
          reply('250 2.1.5 Ok');
        } else if (command === 'DATA') {
          inData = true;
          dataLines = [];
          reply('354 End data with <CR><LF>.<CR><LF>');
        } else if (command === 'RSET') {
          from = '';
          to = [];
          reply('250 2.0.0 Ok');
        } else if (command === 'NOOP') {
          reply('250 2.0.0 Ok');
        } else if (command === 'QUIT') {
          reply('221 2.0.0 Bye');
          socket.end();
        } else {
          reply('502 5.5.2 Command not recognized');
        }
      }
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('SMTP sink has no port');
  sink.url = `smtp://127.0.0.1:${address.port}`;
  return sink;
}
