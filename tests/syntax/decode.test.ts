import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodePython, encodePython } from '../../src/syntax/index.js';

const bytes = (...parts: (string | number[])[]): Uint8Array =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

describe('decodePython', () => {
  const cases: { name: string; input: Uint8Array; text?: string; encoding?: string; bom?: boolean; error?: RegExp }[] = [
    { name: 'UTF-8 by default', input: bytes('x = "é"\n'), text: 'x = "é"\n', encoding: 'utf-8', bom: false },
    { name: 'UTF-8 BOM is stripped and remembered', input: bytes([0xef, 0xbb, 0xbf], 'x = 1\n'), text: 'x = 1\n', encoding: 'utf-8', bom: true },
    { name: 'latin-1 cookie on line 1', input: bytes('# -*- coding: latin-1 -*-\nx = "', [0xe9], '"\n'), text: '# -*- coding: latin-1 -*-\nx = "é"\n', encoding: 'latin-1' },
    { name: 'cookie on line 2 after a shebang', input: bytes('#!/usr/bin/env python\n# vim: set fileencoding=iso-8859-1 :\ny = "', [0xfc], '"\n'), text: '#!/usr/bin/env python\n# vim: set fileencoding=iso-8859-1 :\ny = "ü"\n', encoding: 'latin-1' },
    { name: 'cookie on line 2 after code is ignored', input: bytes('x = 1\n# coding: latin-1\n'), encoding: 'utf-8' },
    { name: 'utf8 alias', input: bytes('# coding=utf8\nx = 1\n'), encoding: 'utf-8' },
    { name: 'cp1252 through TextDecoder', input: bytes('# coding: cp1252\nx = "', [0x80], '"\n'), text: '# coding: cp1252\nx = "€"\n', encoding: 'cp1252' },
    { name: 'CRLF is kept', input: bytes('x = 1\r\ny = 2\r\n'), text: 'x = 1\r\ny = 2\r\n' },
    { name: 'invalid UTF-8', input: bytes('x = "', [0xff, 0xfe], '"\n'), error: /not valid UTF-8/ },
    { name: 'null bytes', input: bytes('x = 1\n', [0], '\n'), error: /null bytes/ },
    { name: 'unknown encoding', input: bytes('# coding: uft-8\nx = 1\n'), error: /unknown encoding: uft-8/ },
    { name: 'BOM with a non-UTF-8 cookie', input: bytes([0xef, 0xbb, 0xbf], '# coding: latin-1\n'), error: /with BOM/ },
    { name: 'empty file', input: bytes(''), text: '', encoding: 'utf-8' },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const result = decodePython(c.input);
      if (c.error) {
        assert.equal(result.ok, false);
        if (!result.ok) assert.match(result.reason, c.error);
        return;
      }
      assert.equal(result.ok, true);
      if (!result.ok) return;
      if (c.text !== undefined) assert.equal(result.text, c.text);
      if (c.encoding) assert.equal(result.info.encoding, c.encoding);
      if (c.bom !== undefined) assert.equal(result.info.bom, c.bom);
    });
  }
});

describe('encodePython round-trips', () => {
  it('keeps the BOM and UTF-8', () => {
    const input = bytes([0xef, 0xbb, 0xbf], 'x = "é"\r\n');
    const decoded = decodePython(input);
    assert.ok(decoded.ok);
    if (decoded.ok) assert.deepEqual(Buffer.from(encodePython(decoded.text, decoded.info) ?? []), Buffer.from(input));
  });
  it('keeps latin-1', () => {
    const input = bytes('# coding: latin-1\nx = "', [0xe9], '"\n');
    const decoded = decodePython(input);
    assert.ok(decoded.ok);
    if (decoded.ok) assert.deepEqual(Buffer.from(encodePython(decoded.text, decoded.info) ?? []), Buffer.from(input));
  });
  it('refuses characters the encoding cannot hold', () => {
    assert.equal(encodePython('x = "€"', { encoding: 'latin-1', bom: false }), undefined);
    assert.equal(encodePython('x = 1', { encoding: 'shift_jis', bom: false }), undefined);
  });
});
