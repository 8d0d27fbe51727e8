// The stdio transport, read line by line with a bound. A line over the bound, or one that is not
// a JSON-RPC message, is answered with a JSON-RPC error and dropped, and the session goes on: the
// SDK's own transport closes itself past its 10 MiB buffer (and then answers nothing, ever) and
// drops malformed JSON without a word.
import type { Readable, Writable } from 'node:stream';
import { ProtocolErrorCode, STDIO_DEFAULT_MAX_BUFFER_SIZE, parseJSONRPCMessage, serializeMessage, type JSONRPCMessage, type Transport } from '@modelcontextprotocol/server';

/** The most one message (one line) may hold, in bytes: the SDK's stdio bound. */
export const MAX_LINE_BYTES = STDIO_DEFAULT_MAX_BUFFER_SIZE;

/** The code of an oversized message's error, as the SDK's HTTP transport answers a body over its bound. */
const TOO_LARGE = -32000;
const NEWLINE = 0x0a;

type RequestId = string | number | null;

/** Newline-delimited JSON-RPC over a pair of streams (stdin and stdout by default). */
export class LineTransport implements Transport {
  onclose?: (() => void) | undefined;
  onerror?: ((error: Error) => void) | undefined;
  onmessage?: ((message: JSONRPCMessage) => void) | undefined;

  /** The current line's bytes so far. */
  private pieces: Buffer[] = [];
  private length = 0;
  /** The current line went over the bound: the rest of it is dropped. */
  private discarding = false;
  private started = false;
  private closed = false;

  constructor(
    private readonly input: Readable = process.stdin,
    private readonly output: Writable = process.stdout,
    private readonly maxLineBytes = MAX_LINE_BYTES,
  ) {}

  async start(): Promise<void> {
    if (this.started) throw new Error('the stdio transport is already started');
    this.started = true;
    if (this.input.readableEnded || this.input.destroyed) setImmediate(this.onEnd);
    this.input.on('data', this.onData);
    this.input.on('error', this.onInputError);
    this.input.on('end', this.onEnd);
    this.input.on('close', this.onEnd);
    this.output.on('error', this.onOutputError);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.input.off('data', this.onData);
    this.input.off('error', this.onInputError);
    this.input.off('end', this.onEnd);
    this.input.off('close', this.onEnd);
    if (this.input.listenerCount('data') === 0) this.input.pause();
    this.pieces = [];
    this.length = 0;
    this.onclose?.();
  }

  send(message: JSONRPCMessage): Promise<void> {
    if (this.closed) return Promise.reject(new Error('the stdio transport is closed'));
    return new Promise((resolve, reject) => {
      const onError = (error: Error): void => {
        this.output.off('drain', onDrain);
        reject(error);
      };
      const onDrain = (): void => {
        this.output.off('error', onError);
        resolve();
      };
      this.output.once('error', onError);
      if (this.output.write(serializeMessage(message))) {
        this.output.off('error', onError);
        resolve();
      } else this.output.once('drain', onDrain);
    });
  }

  private readonly onData = (chunk: Buffer): void => {
    let start = 0;
    while (start < chunk.length) {
      const newline = chunk.indexOf(NEWLINE, start);
      this.take(chunk.subarray(start, newline < 0 ? chunk.length : newline));
      if (newline < 0) return;
      this.endLine();
      start = newline + 1;
    }
  };

  /** Adds a piece to the current line, or drops it once the line is over the bound (answered at once). */
  private take(piece: Buffer): void {
    if (this.discarding || piece.length === 0) return;
    if (this.length + piece.length <= this.maxLineBytes) {
      this.pieces.push(piece);
      this.length += piece.length;
      return;
    }
    this.discarding = true;
    this.pieces = [];
    this.length = 0;
    this.refuse(TOO_LARGE, `Message too large: a message may hold at most ${this.maxLineBytes} bytes; this one was discarded`, null);
  }

  private endLine(): void {
    if (this.discarding) {
      this.discarding = false;
      return;
    }
    const line = this.pieces.length === 1 ? (this.pieces[0] as Buffer) : Buffer.concat(this.pieces, this.length);
    this.pieces = [];
    this.length = 0;
    this.dispatch(line.toString('utf8'));
  }

  private dispatch(line: string): void {
    if (line.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      this.refuse(ProtocolErrorCode.ParseError, 'Parse error: Invalid JSON', null);
      return;
    }
    let message: JSONRPCMessage;
    try {
      message = parseJSONRPCMessage(value);
    } catch {
      this.refuse(ProtocolErrorCode.InvalidRequest, 'Invalid Request: not a JSON-RPC 2.0 message', idOf(value));
      return;
    }
    this.onmessage?.(message);
  }

  /** Answers a line that cannot be served, and reports it out of band. */
  private refuse(code: number, message: string, id: RequestId): void {
    this.onerror?.(new Error(message));
    if (this.closed) return;
    this.send({ jsonrpc: '2.0', id, error: { code, message } } as unknown as JSONRPCMessage).catch((error: unknown) => {
      this.onerror?.(error instanceof Error ? error : new Error(String(error)));
    });
  }

  private readonly onInputError = (error: Error): void => {
    this.onerror?.(error);
  };

  private readonly onOutputError = (error: Error): void => {
    if (this.closed) return;
    this.onerror?.(error);
    void this.close();
  };

  private readonly onEnd = (): void => {
    void this.close();
  };
}

/** The id of a request that is not a valid message, when it has a usable one (else the error carries null). */
function idOf(value: unknown): RequestId {
  if (typeof value !== 'object' || value === null || !('id' in value)) return null;
  const id = (value as { id: unknown }).id;
  return typeof id === 'string' || (typeof id === 'number' && Number.isFinite(id)) ? id : null;
}
