import { randomBytes } from 'node:crypto';
import { buffer } from 'node:stream/consumers';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { zipStream } from './zip-writer';

async function* chunks(parts: Uint8Array[], onClose?: () => void): AsyncGenerator<Uint8Array> {
  try {
    for (const p of parts) yield p;
  } finally {
    onClose?.();
  }
}

describe('zipStream', () => {
  it('writes an archive that JSZip reads back whole, its checksums verified: bytes, streamed chunks, an empty part, a UTF-8 name', async () => {
    const big = randomBytes(3 * 1024 * 1024); // more than zlib's buffers: the source waits for the reader
    const xml = Buffer.from('<w:t>Ủy ban nhân dân tỉnh Yên Bái</w:t>'.repeat(20_000));
    const zip = await buffer(
      zipStream([
        { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
        { name: 'word/document.xml', data: chunks([xml.subarray(0, 1000), xml.subarray(1000, 500_000), xml.subarray(500_000)]) },
        { name: 'trống.bin', data: new Uint8Array(0) },
        { name: 'media/big.bin', data: chunks([big]) },
      ]),
    );
    const read = await JSZip.loadAsync(zip, { checkCRC32: true });
    expect(Object.keys(read.files)).toEqual(['[Content_Types].xml', 'word/document.xml', 'trống.bin', 'media/big.bin']);
    expect(await read.file('[Content_Types].xml')!.async('string')).toBe('<Types/>');
    expect(Buffer.from(await read.file('word/document.xml')!.async('uint8array')).equals(xml)).toBe(true);
    expect((await read.file('trống.bin')!.async('uint8array')).length).toBe(0);
    expect(Buffer.from(await read.file('media/big.bin')!.async('uint8array')).equals(big)).toBe(true);
    // deflated: the repeated XML takes a small part of its size
    expect(zip.length).toBeLessThan(big.length + xml.length / 10);
  });

  it('the same entries give the same bytes (every entry dated 01/01/1980)', async () => {
    const entries = () => [{ name: 'a.xml', data: Buffer.from('<a/>') }];
    expect((await buffer(zipStream(entries()))).equals(await buffer(zipStream(entries())))).toBe(true);
  });

  it('fails with the source’s error, and closes a source that the reader gave up on', async () => {
    async function* failing(): AsyncGenerator<Uint8Array> {
      yield Buffer.from('début');
      throw new Error('nguồn hỏng');
    }
    await expect(buffer(zipStream([{ name: 'x.xml', data: failing() }]))).rejects.toThrow('nguồn hỏng');

    let closed = false;
    const endless = (async function* () {
      try {
        for (;;) yield randomBytes(64 * 1024);
      } finally {
        closed = true;
      }
    })();
    const stream = zipStream([{ name: 'endless.bin', data: endless }]);
    let read = 0;
    for await (const chunk of stream) {
      read += (chunk as Buffer).length;
      if (read > 1024 * 1024) break; // leaving the loop destroys the stream
    }
    await expect.poll(() => closed, { timeout: 5000 }).toBe(true);
  });
});
