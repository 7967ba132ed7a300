// A ZIP archive written as a stream, its entries deflated by Node's zlib: the streamed DOCX (docx-stream.ts) has one
// part of tens of megabytes (document.xml of a 72,000-report annual report or a 100,000-comment synthesis). JSZip
// deflates and checksums it in JavaScript (pako, its crc32: a fifth of the annual report's CPU profile); zlib does both
// natively and deflates in its thread pool while the main thread writes the next rows.
import { Readable } from 'node:stream';
import { crc32, createDeflateRaw } from 'node:zlib';

export interface ZipEntry {
  name: string;
  /** The bytes, whole or as chunks produced while the archive is written. */
  data: Uint8Array | AsyncIterable<Uint8Array>;
}

/** A ZIP without ZIP64: the classic format's sizes and offsets stop at 4 GiB. */
const LIMIT = 0xffffffff;
/** General purpose flags: sizes and CRC follow the data (bit 3), names are UTF-8 (bit 11). */
const FLAGS = 0x0808;
const DEFLATE = 8;
/** Every entry is dated 01/01/1980 00:00 (the format's first day): the same content gives the same archive. */
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

interface Written {
  name: Buffer;
  crc: number;
  compressed: number;
  size: number;
  offset: number;
}

/**
 * The archive's bytes, entry after entry: a local header, the deflated data (level 1: the parts are XML and the
 * stream's speed matters more than a few percent of size), a data descriptor; then the central directory. Reading it
 * at the pace of its consumer keeps one deflated chunk in memory at a time.
 */
export function zipStream(entries: Iterable<ZipEntry> | AsyncIterable<ZipEntry>): Readable {
  return Readable.from(zipChunks(entries), { objectMode: false });
}

async function* zipChunks(entries: Iterable<ZipEntry> | AsyncIterable<ZipEntry>): AsyncGenerator<Buffer> {
  const written: Written[] = [];
  let offset = 0;
  for await (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed: 2.0 (deflate)
    local.writeUInt16LE(FLAGS, 6);
    local.writeUInt16LE(DEFLATE, 8);
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    // CRC and sizes (14–25) stay 0: the data descriptor after the data carries them
    local.writeUInt16LE(name.length, 26);
    yield local;
    yield name;
    const at = offset;
    offset += local.length + name.length;

    let crc = 0;
    let size = 0;
    let compressed = 0;
    const deflate = createDeflateRaw({ level: 1 });
    const input = entry.data instanceof Uint8Array ? [entry.data] : entry.data;
    // the source is fed by a task of its own while this generator reads the deflated output: zlib's backpressure
    // holds the source while the consumer does not read, and a consumer that gives up (the archive destroyed)
    // closes the source too (leaving the loop returns its iterator)
    const drained = () =>
      new Promise<void>((resolve) => {
        const done = () => (deflate.off('drain', done), deflate.off('close', done), resolve());
        deflate.on('drain', done).on('close', done);
      });
    const fed = (async () => {
      try {
        for await (const chunk of input) {
          if (deflate.destroyed) break;
          crc = crc32(chunk, crc);
          size += chunk.length;
          if (!deflate.write(chunk)) await drained();
        }
        if (!deflate.destroyed) deflate.end();
      } catch (err) {
        deflate.destroy(err instanceof Error ? err : new Error(String(err)));
      }
    })();
    for await (const out of deflate as AsyncIterable<Buffer>) {
      compressed += out.length;
      yield out;
    }
    await fed;
    offset += compressed;
    if (size > LIMIT || compressed > LIMIT || offset > LIMIT) throw new Error(`ZIP entry ${entry.name} passes 4 GiB (ZIP64 is not written)`);

    const descriptor = Buffer.alloc(16);
    descriptor.writeUInt32LE(0x08074b50, 0);
    descriptor.writeUInt32LE(crc >>> 0, 4);
    descriptor.writeUInt32LE(compressed, 8);
    descriptor.writeUInt32LE(size, 12);
    yield descriptor;
    offset += descriptor.length;
    written.push({ name, crc: crc >>> 0, compressed, size, offset: at });
  }

  const directoryAt = offset;
  let directorySize = 0;
  for (const w of written) {
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4); // made by: MS-DOS / FAT attributes, version 2.0
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(FLAGS, 8);
    central.writeUInt16LE(DEFLATE, 10);
    central.writeUInt16LE(DOS_TIME, 12);
    central.writeUInt16LE(DOS_DATE, 14);
    central.writeUInt32LE(w.crc, 16);
    central.writeUInt32LE(w.compressed, 20);
    central.writeUInt32LE(w.size, 24);
    central.writeUInt16LE(w.name.length, 28);
    // extra field, comment, disk number, internal and external attributes: none
    central.writeUInt32LE(w.offset, 42);
    yield central;
    yield w.name;
    directorySize += central.length + w.name.length;
  }
  if (written.length > 0xffff || directoryAt + directorySize > LIMIT) throw new Error('ZIP archive passes the classic format’s limits (ZIP64 is not written)');
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(written.length, 8);
  end.writeUInt16LE(written.length, 10);
  end.writeUInt32LE(directorySize, 12);
  end.writeUInt32LE(directoryAt, 16);
  yield end;
}
