// Turns the bytes of a Python file into text the way CPython does: UTF-8 by default, a UTF-8
// BOM, or a PEP 263 coding cookie on line 1 or 2.

/** How a file's bytes were decoded, so a fix can write them back the same way. */
export interface TextEncodingInfo {
  /** Canonical codec name: `utf-8`, `latin-1`, `ascii`, or a WHATWG label for other codecs. */
  readonly encoding: string;
  readonly bom: boolean;
}

export type DecodeResult =
  | { readonly ok: true; readonly text: string; readonly info: TextEncodingInfo }
  | { readonly ok: false; readonly reason: string; readonly offset: number };

const UTF8_BOM = [0xef, 0xbb, 0xbf];
// PEP 263 defines the cookie by this exact pattern; it is matched on the first two raw lines.
const CODING_COOKIE = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/;
const BLANK_OR_COMMENT = /^[ \t\f]*(?:[#\r\n]|$)/;

/** Decodes Python source bytes, honouring a BOM and a PEP 263 cookie. */
export function decodePython(bytes: Uint8Array): DecodeResult {
  const bom = UTF8_BOM.every((byte, i) => bytes[i] === byte);
  const body = bom ? bytes.subarray(3) : bytes;
  const nul = body.indexOf(0);
  if (nul >= 0) return { ok: false, reason: 'source code cannot contain null bytes', offset: 0 };

  const declared = findCodingCookie(body);
  const encoding = declared ? normalizeCodecName(declared) : 'utf-8';
  if (bom && encoding !== 'utf-8') {
    return { ok: false, reason: `encoding problem: ${declared} with BOM`, offset: 0 };
  }
  const text = decodeWith(encoding, body);
  if (text === undefined) {
    const reason = declared && !isKnownCodec(encoding)
      ? `unknown encoding: ${declared}`
      : `the file is not valid ${declared ?? 'UTF-8'}`;
    return { ok: false, reason, offset: 0 };
  }
  return { ok: true, text, info: { encoding, bom } };
}

/** Encodes text back to bytes in the file's original encoding, or undefined when impossible. */
export function encodePython(text: string, info: TextEncodingInfo): Uint8Array | undefined {
  switch (info.encoding) {
    case 'utf-8': {
      const body = Buffer.from(text, 'utf8');
      return info.bom ? Buffer.concat([Buffer.from(UTF8_BOM), body]) : body;
    }
    case 'latin-1':
      return /^[\u0000-\u00ff]*$/.test(text) ? Buffer.from(text, 'latin1') : undefined;
    case 'ascii':
      return /^[\u0000-\u007f]*$/.test(text) ? Buffer.from(text, 'latin1') : undefined;
    default:
      return undefined;
  }
}

function findCodingCookie(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 2048)).toString('latin1');
  const lines = head.split(/\r\n|\r|\n/, 2);
  const first = lines[0] ?? '';
  const match = CODING_COOKIE.exec(first);
  if (match) return match[1];
  if (!BLANK_OR_COMMENT.test(first)) return undefined;
  return CODING_COOKIE.exec(lines[1] ?? '')?.[1];
}

// Node's TextDecoder decodes windows-1252 as latin-1, so its 0x80–0x9F block is mapped here
// (Python's cp1252 leaves five of those bytes undefined).
const CP1252_HIGH: readonly (string | undefined)[] = ['\u20ac', undefined, '\u201a', '\u0192', '\u201e', '\u2026', '\u2020', '\u2021', '\u02c6', '\u2030', '\u0160', '\u2039', '\u0152', undefined, '\u017d', undefined, undefined, '\u2018', '\u2019', '\u201c', '\u201d', '\u2022', '\u2013', '\u2014', '\u02dc', '\u2122', '\u0161', '\u203a', '\u0153', undefined, '\u017e', '\u0178'];

function decodeCp1252(bytes: Uint8Array): string | undefined {
  let out = '';
  for (const byte of bytes) {
    if (byte < 0x80 || byte >= 0xa0) out += String.fromCharCode(byte);
    else {
      const char = CP1252_HIGH[byte - 0x80];
      if (char === undefined) return undefined;
      out += char;
    }
  }
  return out;
}

function normalizeCodecName(name: string): string {
  const lower = name.toLowerCase().replace(/_/g, '-');
  if (lower === 'utf-8' || lower === 'utf8' || lower === 'u8' || lower.startsWith('utf-8-')) return 'utf-8';
  if (['latin-1', 'latin1', 'iso-8859-1', 'iso8859-1', 'iso-latin-1', 'l1', '8859', 'cp819'].includes(lower)) {
    return 'latin-1';
  }
  if (['ascii', 'us-ascii', '646'].includes(lower)) return 'ascii';
  if (['cp1252', 'windows-1252', '1252'].includes(lower)) return 'cp1252';
  return lower;
}

function isKnownCodec(encoding: string): boolean {
  if (['utf-8', 'latin-1', 'ascii', 'cp1252'].includes(encoding)) return true;
  try {
    new TextDecoder(encoding);
    return true;
  } catch {
    return false;
  }
}

function decodeWith(encoding: string, bytes: Uint8Array): string | undefined {
  if (encoding === 'latin-1') return Buffer.from(bytes).toString('latin1');
  if (encoding === 'cp1252') return decodeCp1252(bytes);
  if (encoding === 'ascii') {
    return bytes.every((byte) => byte < 0x80) ? Buffer.from(bytes).toString('latin1') : undefined;
  }
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}
