import { describe, expect, it } from 'vitest';
import { readCopiedChunks } from './read-copied-chunks.ts';

/** What PostgreSQL sends for `COPY (SELECT "seq", "data" ...) TO STDOUT (FORMAT binary)`: header, rows, trailer. */
function copyBinary(rows: Array<[seq: number, data: Uint8Array]>, { extension = 0, flags = 0 } = {}): Buffer {
  const header = Buffer.alloc(19 + extension);
  Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1').copy(header);
  header.writeInt32BE(flags, 11);
  header.writeInt32BE(extension, 15);
  const parts = [header];
  for (const [seq, data] of rows) {
    const head = Buffer.alloc(14);
    head.writeInt16BE(2, 0);
    head.writeInt32BE(4, 2);
    head.writeInt32BE(seq, 6);
    head.writeInt32BE(data.byteLength, 10);
    parts.push(head, Buffer.from(data));
  }
  const trailer = Buffer.alloc(2);
  trailer.writeInt16BE(-1);
  return Buffer.concat([...parts, trailer]);
}

async function* inPieces(bytes: Uint8Array, ...cuts: number[]) {
  let from = 0;
  for (const cut of [...cuts, bytes.byteLength]) {
    yield bytes.subarray(from, cut);
    from = cut;
  }
}

const chunkA = Uint8Array.from({ length: 40 }, (_, i) => (i * 7) & 0xff);
const chunkB = Uint8Array.from({ length: 25 }, (_, i) => (i * 13 + 5) & 0xff);
const expected = Buffer.concat([chunkA, chunkB]);

describe('readCopiedChunks', () => {
  it('lets the event loop serve other requests while a large snapshot arrives, not only once it is read', async () => {
    // 64 MB in 256 kB chunks, handed over in 64 kB pieces that are all there already: without a pause the whole read
    // would run in one go of microtasks, and a /healthz answer waiting for the event loop would wait for all of it.
    const chunks = Array.from({ length: 256 }, (_, seq): [number, Uint8Array] => [seq, new Uint8Array(256 * 1024).fill(seq & 0xff)]);
    const stream = copyBinary(chunks);
    const cuts = Array.from({ length: Math.floor(stream.byteLength / 65_536) }, (_, i) => (i + 1) * 65_536);
    const into = new Uint8Array(256 * 256 * 1024);
    let isRead = false;
    let servedWhileReading = false;
    setImmediate(() => {
      servedWhileReading = !isRead;
    });
    expect(await readCopiedChunks(inPieces(stream, ...cuts), into, 256)).toBe(true);
    isRead = true;
    expect(into[200 * 256 * 1024]).toBe(200);
    expect(servedWhileReading).toBe(true);
  });

  it('puts the chunks, in order, into the snapshot, however the stream is cut into pieces', async () => {
    const stream = copyBinary([[0, chunkA], [1, chunkB]]);
    for (let cut = 0; cut <= stream.byteLength; cut++) {
      const into = new Uint8Array(expected.byteLength);
      expect(await readCopiedChunks(inPieces(stream, cut), into, 2), `cut at ${cut}`).toBe(true);
      expect(Buffer.from(into).equals(expected), `cut at ${cut}`).toBe(true);
    }
    // Byte by byte, and with a header extension to skip.
    const bytewise = copyBinary([[0, chunkA], [1, chunkB]], { extension: 5 });
    const into = new Uint8Array(expected.byteLength);
    expect(await readCopiedChunks(inPieces(bytewise, ...Array.from({ length: bytewise.byteLength }, (_, i) => i)), into, 2)).toBe(true);
    expect(Buffer.from(into).equals(expected)).toBe(true);
  });

  it('refuses chunks out of order, missing, extra or longer than the snapshot, and a stream that is cut short', async () => {
    const read = (stream: Uint8Array, chunks = 2) => readCopiedChunks(inPieces(stream), new Uint8Array(expected.byteLength), chunks);
    expect(await read(copyBinary([[1, chunkB], [0, chunkA]]))).toBe(false);
    expect(await read(copyBinary([[0, chunkA]]))).toBe(false);
    expect(await read(copyBinary([[0, chunkA], [1, chunkB], [2, new Uint8Array(0)]]))).toBe(false);
    expect(await read(copyBinary([[0, chunkA], [1, Uint8Array.from([...chunkB, 1])]]))).toBe(false);
    const whole = copyBinary([[0, chunkA], [1, chunkB]]);
    expect(await read(whole.subarray(0, whole.byteLength - 1))).toBe(false);
    expect(await read(Buffer.concat([whole, Buffer.from([0])]))).toBe(false);
    expect(await read(copyBinary([[0, chunkA], [1, chunkB]], { flags: 1 << 16 }))).toBe(false);
    const notCopy = Buffer.from(whole);
    notCopy[0] = 0x51;
    expect(await read(notCopy)).toBe(false);
  });

  it('reads a broken stream to its end, so the connection is not left in the middle of the COPY', async () => {
    let piecesRead = 0;
    async function* counted() {
      for await (const piece of inPieces(copyBinary([[1, chunkB], [0, chunkA]]), 3, 30, 60)) {
        piecesRead++;
        yield piece;
      }
    }
    expect(await readCopiedChunks(counted(), new Uint8Array(expected.byteLength), 2)).toBe(false);
    expect(piecesRead).toBe(4);
  });
});
