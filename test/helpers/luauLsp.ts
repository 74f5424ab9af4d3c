/**
 * The real luau-lsp for tests: `describeWithLuauLsp` (skips with the reason when the binary or
 * Roblox's definitions are missing, fails under CI), and `LuauLspSession`, a language-server
 * client over stdio that asks for hovers (the approach of the hover script shipped beside the
 * binary, but one server for many requests).
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { describe } from 'vitest';
import { locateLuauLsp, type LuauLspTool } from '../../codegen/compat/luauLsp.js';

export function describeWithLuauLsp(name: string, body: (tool: LuauLspTool) => void): void {
  const found = locateLuauLsp();
  if ('bin' in found) {
    describe(name, () => body(found));
    return;
  }
  if (process.env.CI === 'true') throw new Error(`${name}: ${found.reason}. CI must provide luau-lsp.`);
  console.warn(`[skipped] ${name}: ${found.reason}`);
  describe.skip(`${name} [skipped: ${found.reason}]`, () => body({ bin: '', definitions: '' }));
}

interface Message {
  readonly id?: number;
  readonly method?: string;
  readonly result?: unknown;
}

/** One `luau-lsp lsp --stdio` server with our docs loaded. */
export class LuauLspSession {
  private readonly server: ChildProcessWithoutNullStreams;
  private readonly pending = new Map<number, (message: Message) => void>();
  private buffer = Buffer.alloc(0);
  private nextId = 0;

  private constructor(tool: LuauLspTool, docs: readonly string[], definitions?: string) {
    const args = ['lsp', '--stdio', `--definitions=@roblox=${definitions ?? tool.definitions}`, ...docs.map((file) => `--docs=${file}`)];
    this.server = spawn(tool.bin, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    this.server.stderr.resume();
    this.server.stdout.on('data', (chunk: Buffer) => this.receive(chunk));
  }

  static async start(tool: LuauLspTool, root: string, docs: readonly string[]): Promise<LuauLspSession> {
    const session = new LuauLspSession(tool, docs);
    await session.request('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(root).href,
      capabilities: { textDocument: { hover: { contentFormat: ['markdown'] } } },
    });
    session.send({ method: 'initialized', params: {} });
    return session;
  }

  private send(message: object): void {
    const body = JSON.stringify({ jsonrpc: '2.0', ...message });
    this.server.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const end = this.buffer.indexOf('\r\n\r\n');
      if (end < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, end).toString())?.[1]);
      if (this.buffer.length < end + 4 + length) return;
      const message = JSON.parse(this.buffer.subarray(end + 4, end + 4 + length).toString()) as Message;
      this.buffer = this.buffer.subarray(end + 4 + length);
      if (message.method !== undefined && message.id !== undefined) this.send({ id: message.id, result: null });
      else if (message.id !== undefined) {
        this.pending.get(message.id)?.(message);
        this.pending.delete(message.id);
      }
    }
  }

  private request(method: string, params: unknown): Promise<Message> {
    return new Promise((done) => {
      const id = ++this.nextId;
      this.pending.set(id, done);
      this.send({ id, method, params });
    });
  }

  /** Opens a file; the server checks it when it first answers about it (hover requests are answered in order). */
  open(file: string): string {
    const uri = pathToFileURL(file).href;
    this.send({ method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'luau', version: 1, text: readFileSync(file, 'utf8') } } });
    return uri;
  }

  /** The hover text at a 0-based position, or null. */
  async hover(uri: string, line: number, character: number): Promise<string | null> {
    const reply = await this.request('textDocument/hover', { textDocument: { uri }, position: { line, character } });
    const contents = (reply.result as { contents?: { value?: string } } | null)?.contents;
    return contents?.value ?? null;
  }

  stop(): void {
    this.server.kill();
  }
}
