/** PostgreSQL's binary COPY format starts with these 11 bytes, then a 32-bit flags field and a header extension. */
const SIGNATURE = [0x50, 0x47, 0x43, 0x4f, 0x50, 0x59, 0x0a, 0xff, 0x0d, 0x0a, 0x00];
/** Flags bit 16: each row carries an OID, which this reader does not expect. */
const HAS_OIDS = 1 << 16;

/** How long the reader works before it lets the event loop serve other requests (as the index build does). */
const SERVE_EVERY_MS = 4;

type State = 'header' | 'extension' | 'fieldCount' | 'seq' | 'dataLength' | 'data' | 'end';
/** Bytes a fixed-size part needs: signature + flags + extension length; field count; seq's length and value; data's length. */
const FIXED: Partial<Record<State, number>> = { header: 19, fieldCount: 2, seq: 8, dataLength: 4 };

/**
 * Reads a snapshot's chunks from `COPY (SELECT "seq", "data" ... ORDER BY "seq") TO STDOUT (FORMAT binary)` as the
 * pieces arrive, copying each chunk's bytes straight into `into`: no hex text to decode (node-postgres reads a bytea
 * column as hex, which on a slow VM cost ~5 ms of the event loop per 256 kB chunk) and nothing buffered but a few
 * header bytes. True when the stream held exactly the chunks 0 … chunks - 1, in order, filling `into`. The stream is
 * always read to its end, whatever it holds, so the connection is left ready for its next statement.
 */
export async function readCopiedChunks(stream: AsyncIterable<Uint8Array>, into: Uint8Array, chunks: number): Promise<boolean> {
  const scratch = new Uint8Array(19);
  const view = new DataView(scratch.buffer);
  let state = 'header' as State; // 'as': complete() changes it, which narrowing cannot see
  let filled = 0;
  let remaining = 0;
  let offset = 0;
  let nextSeq = 0;
  let isBroken = false;

  /** Acts on a completed fixed-size part; false when the stream is not what it should be. */
  const complete = (): boolean => {
    switch (state) {
      case 'header': {
        if (SIGNATURE.some((byte, i) => scratch[i] !== byte) || (view.getInt32(11) & HAS_OIDS) !== 0) return false;
        remaining = view.getInt32(15);
        if (remaining < 0) return false;
        state = remaining > 0 ? 'extension' : 'fieldCount';
        return true;
      }
      case 'fieldCount': {
        const fields = view.getInt16(0);
        if (fields === -1) state = 'end';
        else if (fields === 2) state = 'seq';
        else return false;
        return true;
      }
      case 'seq': {
        if (view.getInt32(0) !== 4 || view.getInt32(4) !== nextSeq || nextSeq >= chunks) return false;
        nextSeq++;
        state = 'dataLength';
        return true;
      }
      case 'dataLength': {
        remaining = view.getInt32(0);
        if (remaining < 0 || offset + remaining > into.byteLength) return false;
        state = remaining > 0 ? 'data' : 'fieldCount';
        return true;
      }
      default:
        return false;
    }
  };

  let servedAt = performance.now();
  for await (const piece of stream) {
    // Pieces that arrived together are handed over one microtask after another, so without this the loop would hold
    // the event loop until the socket's buffer is drained (51 ms of a restart on a VM where each first write to a page
    // of `into` faults it in).
    if (performance.now() - servedAt > SERVE_EVERY_MS) {
      await new Promise((resolve) => setImmediate(resolve));
      servedAt = performance.now();
    }
    let at = 0;
    while (!isBroken && at < piece.byteLength) {
      if (state === 'data' || state === 'extension') {
        const take = Math.min(remaining, piece.byteLength - at);
        if (state === 'data') {
          into.set(piece.subarray(at, at + take), offset);
          offset += take;
        }
        at += take;
        remaining -= take;
        if (remaining === 0) state = 'fieldCount';
      } else if (state === 'end') {
        isBroken = true; // bytes after the trailer
      } else {
        const need = FIXED[state]!;
        const take = Math.min(need - filled, piece.byteLength - at);
        scratch.set(piece.subarray(at, at + take), filled);
        filled += take;
        at += take;
        if (filled === need) {
          filled = 0;
          if (!complete()) isBroken = true;
        }
      }
    }
  }
  return !isBroken && state === 'end' && nextSeq === chunks && offset === into.byteLength;
}
