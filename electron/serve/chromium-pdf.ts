import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Readable, Writable } from 'node:stream';

// Prints a page of the app to PDF in the system's Chromium or Chrome, headless, driven over the
// DevTools protocol on a pipe (--remote-debugging-pipe: no port is opened). The page is loaded,
// then asked until it says it is ready to print (its map drawn, its photos decoded); Chromium's
// own print to PDF then lays out the print stylesheet's pages, their text as text.

export interface PrintPageOptions {
  /** The browser's executable (findBrowser). */
  browser: string;
  url: string;
  /**
   * A script evaluated in the page until it gives a string: the page's report, returned as is.
   * `null` or `undefined` mean not yet; a thrown error or a string starting with "error:" stops.
   */
  ready: string;
  /** Milliseconds to wait for the page before giving up. */
  timeoutMs: number;
}

export interface PrintedPage {
  pdf: Buffer;
  /** What the page's `ready` script gave. */
  report: string;
}

/** The page said it cannot be printed, or did not get ready in time. */
export class PrintPageError extends Error {
  constructor(
    readonly reason: 'timeout' | 'page' | 'browser',
    message: string,
  ) {
    super(message);
    this.name = 'PrintPageError';
  }
}

interface CdpAnswer {
  id?: number;
  result?: Record<string, unknown>;
  error?: { message: string };
}

/** The protocol over the browser's pipe: JSON messages each ended by a NUL byte. */
function connect(child: ChildProcess) {
  const input = child.stdio[3] as Writable;
  const output = child.stdio[4] as Readable;
  const waiting = new Map<
    number,
    { resolve: (value: Record<string, unknown>) => void; reject: (error: Error) => void }
  >();
  let nextId = 1;
  let pending: Buffer[] = [];
  let closed: Error | null = null;
  output.on('data', (chunk: Buffer) => {
    let start = 0;
    for (let end = chunk.indexOf(0); end !== -1; end = chunk.indexOf(0, start)) {
      pending.push(chunk.subarray(start, end));
      const message = JSON.parse(Buffer.concat(pending).toString('utf8')) as CdpAnswer;
      pending = [];
      start = end + 1;
      const call = message.id === undefined ? undefined : waiting.get(message.id);
      if (!call) continue;
      waiting.delete(message.id!);
      if (message.error) call.reject(new PrintPageError('browser', message.error.message));
      else call.resolve(message.result ?? {});
    }
    if (start < chunk.length) pending.push(chunk.subarray(start));
  });
  const fail = (error: Error) => {
    closed = error;
    for (const call of waiting.values()) call.reject(error);
    waiting.clear();
  };
  output.on('close', () => fail(new PrintPageError('browser', 'the browser closed its pipe')));
  input.on('error', (error) => fail(error));
  return {
    send(method: string, params: Record<string, unknown> = {}, sessionId?: string): Promise<Record<string, unknown>> {
      if (closed) return Promise.reject(closed);
      const id = nextId++;
      input.write(`${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`);
      return new Promise((resolve, reject) => waiting.set(id, { resolve, reject }));
    },
  };
}

/** Chromium's flags: headless, a throwaway profile, software WebGL for the map, nothing fetched. */
function browserArguments(profile: string): string[] {
  return [
    '--headless',
    '--remote-debugging-pipe',
    `--user-data-dir=${profile}`,
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--hide-scrollbars',
    '--mute-audio',
    // The map draws with WebGL: without a GPU, Chromium's software renderer (SwiftShader).
    '--enable-unsafe-swiftshader',
    ...sandboxArguments(),
    'about:blank',
  ];
}

/** Chromium (and Electron) refuse their sandbox to root (a container, CI); elsewhere it stays on. */
export function sandboxArguments(): string[] {
  return process.getuid?.() === 0 ? ['--no-sandbox'] : [];
}

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function printPageToPdf(options: PrintPageOptions): Promise<PrintedPage> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'itinera-print-'));
  const child = spawn(options.browser, browserArguments(profile), {
    stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'],
  });
  const gone = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const exited = new Promise<never>((_resolve, reject) => {
    child.once('error', (error) => reject(new PrintPageError('browser', error.message)));
    void gone.then((code) => reject(new PrintPageError('browser', `the browser stopped (exit code ${code})`)));
  });
  exited.catch(() => undefined);
  const deadline = Date.now() + options.timeoutMs;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(
      () => reject(new PrintPageError('timeout', 'the page was not ready in time')),
      options.timeoutMs,
    );
  });
  try {
    return await Promise.race([print(connect(child), options, deadline), exited, timeout]);
  } finally {
    clearTimeout(timer);
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGKILL');
      await gone;
    }
    // NOTE: a profile left behind (a file still held on Windows) is not worth failing the print.
    try {
      fs.rmSync(profile, { recursive: true, force: true, maxRetries: 3 });
    } catch {
      // left in the temporary folder
    }
  }
}

async function print(
  cdp: ReturnType<typeof connect>,
  options: PrintPageOptions,
  deadline: number,
): Promise<PrintedPage> {
  const { targetId } = (await cdp.send('Target.createTarget', { url: 'about:blank' })) as { targetId: string };
  const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId, flatten: true })) as {
    sessionId: string;
  };
  await cdp.send('Page.enable', {}, sessionId);
  await cdp.send('Page.navigate', { url: options.url }, sessionId);
  let report: string | null = null;
  while (report === null) {
    if (Date.now() > deadline) throw new PrintPageError('timeout', 'the page was not ready in time');
    const answer = (await cdp.send(
      'Runtime.evaluate',
      { expression: options.ready, returnByValue: true },
      sessionId,
    )) as { result?: { value?: unknown }; exceptionDetails?: { text?: string } };
    const value = answer.result?.value;
    if (typeof value === 'string') {
      if (value.startsWith('error:')) throw new PrintPageError('page', value.slice('error:'.length).trim());
      report = value;
    } else await delay(100);
  }
  const { data } = (await cdp.send(
    'Page.printToPDF',
    { printBackground: true, preferCSSPageSize: true, displayHeaderFooter: false, transferMode: 'ReturnAsBase64' },
    sessionId,
  )) as { data: string };
  await cdp.send('Browser.close').catch(() => undefined);
  return { pdf: Buffer.from(data, 'base64'), report };
}
