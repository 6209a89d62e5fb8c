import type { SkillTaxonomy } from './build-taxonomy.ts';
import { CandidateStore, ROW_INTS } from './candidate-store.ts';
import type { MatchContext } from './create-match-context.ts';
import { MatchingInputError } from './matching-input-error.ts';
import { EMPLOYMENT_TYPES, REMOTE_ORDER, SENIORITY_ORDER } from './scoring-rules.ts';

/**
 * A match index's candidates as bytes: the store's typed arrays as they are, the interned strings and the ids. A
 * process that keeps this beside the change-log position it was taken at starts by restoring it and reading the log
 * on from there, instead of reading and validating every profile again (see ARCHITECTURE.md, "Index snapshots").
 *
 * Layout: "SLMI", the format, the header's length, a JSON header, then each section, all 8-byte aligned. The header
 * names the taxonomy's skills in index order and the enumerations' order, since packed values refer to them: a
 * snapshot taken under another taxonomy or another build of the rules is refused, never misread.
 */
export const CANDIDATE_SNAPSHOT_FORMAT = 2;
const MAGIC = 0x494d4c53; // "SLMI", little-endian
const PREFIX_BYTES = 16;
const ID_SEPARATOR = '\u0000';
/** Ids are stored in blocks of this many slots, each decoded in one go: a million at once held the event loop. */
const ID_BLOCK = 16_384;
const COPY_PIECE = 1024 * 1024;

type Tables = Record<'countries' | 'currencies' | 'cities' | 'cityKeys' | 'timeZones', string[]>;

interface Header {
  format: number;
  skills: string[];
  orders: { seniority: readonly string[]; remote: readonly string[]; employment: readonly string[] };
  /** The index's moment when taken (profiles were validated against it), ms since the epoch. */
  now: number;
  length: number;
  arenaLength: number;
  arenaWaste: number;
  preferredLength: number;
  preferredWaste: number;
  freeSlots: number[];
  tables: Tables;
  /** Byte length of each section, in SECTIONS order. */
  sections: number[];
  /** Byte length of each block of the ids section (ID_BLOCK slots each, the last one fewer; ids joined by NUL). */
  idBlocks: number[];
}

const SECTIONS = ['rows', 'alive', 'city', 'target', 'skills', 'skillYears', 'preferredCity', 'preferredKey', 'ids'] as const;

const orders = () => ({ seniority: SENIORITY_ORDER, remote: REMOTE_ORDER, employment: EMPLOYMENT_TYPES });

const bytesOf = (array: ArrayBufferView, elements: number, bytesPerElement: number) =>
  new Uint8Array(array.buffer, array.byteOffset, elements * bytesPerElement);

const padded = (n: number) => (n + 7) & ~7;

/** The store's candidates as one byte array (a copy; the store can change afterwards). */
export function encodeCandidateSnapshot(store: CandidateStore, context: MatchContext, taxonomy: SkillTaxonomy): Uint8Array {
  const steps = encodeCandidateSnapshotInSteps(store, context, taxonomy);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * encodeCandidateSnapshot as a generator that yields after each block of ids and each piece of the copy, so a caller
 * can serve other work: at a million candidates the copy is ~240 MB, and writing fresh pages is slow on some VMs
 * (~1.4 s in one go on one). The store must not change until it is done; MatchIndex.snapshotCandidatesInSteps checks.
 */
export function* encodeCandidateSnapshotInSteps(store: CandidateStore, context: MatchContext, taxonomy: SkillTaxonomy): Generator<void, Uint8Array, void> {
  const n = store.length;
  const encoder = new TextEncoder();
  const idBlocks: Uint8Array[] = [];
  for (let first = 0; first < n; first += ID_BLOCK) {
    const ids: string[] = [];
    for (let slot = first; slot < Math.min(n, first + ID_BLOCK); slot++) {
      const id = store.ids[slot] ?? '';
      if (id.includes(ID_SEPARATOR)) throw new MatchingInputError('candidate.id', 'INVALID_ID', 'cannot contain a NUL character.');
      ids.push(id);
    }
    idBlocks.push(encoder.encode(ids.join(ID_SEPARATOR)));
    yield;
  }
  const idBytes = new Uint8Array(idBlocks.reduce((sum, block) => sum + block.byteLength, 0));
  idBlocks.reduce((offset, block) => (idBytes.set(block, offset), offset + block.byteLength), 0);
  const sections: Uint8Array[] = [
    bytesOf(store.ints, n * ROW_INTS, 4), // the floats share this buffer
    bytesOf(store.alive, n, 1),
    bytesOf(store.city, n, 4),
    bytesOf(store.target, n, 4),
    bytesOf(store.skills, store.arenaLength, 4),
    bytesOf(store.skillYears, store.arenaLength, 4),
    bytesOf(store.preferredCity, store.preferredLength, 4),
    bytesOf(store.preferredKey, store.preferredLength, 4),
    idBytes,
  ];
  const header: Header = {
    format: CANDIDATE_SNAPSHOT_FORMAT,
    skills: taxonomy.skills.map((skill) => skill.id),
    orders: orders(),
    now: context.now.getTime(),
    length: n,
    arenaLength: store.arenaLength,
    arenaWaste: store.arenaWaste,
    preferredLength: store.preferredLength,
    preferredWaste: store.preferredWaste,
    freeSlots: [...store.freeSlots],
    tables: {
      countries: context.countries.values,
      currencies: context.currencies.values,
      cities: context.cities.values,
      cityKeys: context.cityKeys.values,
      timeZones: context.timeZones.values,
    },
    sections: sections.map((section) => section.byteLength),
    idBlocks: idBlocks.map((block) => block.byteLength),
  };
  const headerBytes = encoder.encode(JSON.stringify(header));
  const total = PREFIX_BYTES + padded(headerBytes.byteLength) + sections.reduce((sum, section) => sum + padded(section.byteLength), 0);
  const out = new Uint8Array(total);
  const prefix = new DataView(out.buffer);
  prefix.setUint32(0, MAGIC, true);
  prefix.setUint32(4, CANDIDATE_SNAPSHOT_FORMAT, true);
  prefix.setUint32(8, headerBytes.byteLength, true);
  out.set(headerBytes, PREFIX_BYTES);
  let offset = PREFIX_BYTES + padded(headerBytes.byteLength);
  for (const section of sections) {
    for (let at = 0; at < section.byteLength; at += COPY_PIECE) {
      yield;
      out.set(section.subarray(at, Math.min(section.byteLength, at + COPY_PIECE)), offset + at);
    }
    offset += padded(section.byteLength);
  }
  return out;
}

export interface DecodedCandidateSnapshot {
  now: Date;
  store: CandidateStore;
}

const refuse = (message: string) => new MatchingInputError('snapshot', 'SNAPSHOT_MISMATCH', message);

/**
 * A store from a snapshot, its strings interned into `context` (which must have interned nothing yet). Throws
 * MatchingInputError (SNAPSHOT_MISMATCH) for bytes that are not a snapshot of this format, taxonomy and rules. Yields
 * after each large copy and each block of ids, so a caller can serve other work (a million candidates are ~240 MB).
 */
export function* decodeCandidateSnapshot(bytes: Uint8Array, context: MatchContext, taxonomy: SkillTaxonomy): Generator<void, DecodedCandidateSnapshot, void> {
  if (bytes.byteLength < PREFIX_BYTES) throw refuse('is too short to be a snapshot.');
  const prefix = new DataView(bytes.buffer, bytes.byteOffset, PREFIX_BYTES);
  if (prefix.getUint32(0, true) !== MAGIC) throw refuse('is not a candidate snapshot.');
  const format = prefix.getUint32(4, true);
  if (format !== CANDIDATE_SNAPSHOT_FORMAT) throw refuse(`has format ${format}; this build reads format ${CANDIDATE_SNAPSHOT_FORMAT}.`);
  const headerLength = prefix.getUint32(8, true);
  if (PREFIX_BYTES + headerLength > bytes.byteLength) throw refuse('is cut short.');
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(PREFIX_BYTES, PREFIX_BYTES + headerLength))) as Header;

  const skills = taxonomy.skills;
  if (header.skills.length !== skills.length || header.skills.some((id, i) => skills[i]!.id !== id)) {
    throw refuse('was taken with another skill taxonomy.');
  }
  const expected = orders();
  for (const key of Object.keys(expected) as Array<keyof typeof expected>) {
    if (header.orders[key]?.join() !== expected[key].join()) throw refuse(`was taken with another ${key} order.`);
  }
  const names = Object.keys(header.tables) as Array<keyof Tables>;
  if (names.some((name) => context[name].values.length > 0)) throw new Error('decodeCandidateSnapshot needs a context that has interned nothing yet');
  if (header.sections.length !== SECTIONS.length) throw refuse('has an unexpected number of sections.');

  const n = header.length;
  const sizes: Record<(typeof SECTIONS)[number], number> = {
    rows: n * ROW_INTS * 4,
    alive: n,
    city: n * 4,
    target: n * 4,
    skills: header.arenaLength * 4,
    skillYears: header.arenaLength * 4,
    preferredCity: header.preferredLength * 4,
    preferredKey: header.preferredLength * 4,
    ids: header.sections[SECTIONS.length - 1]!,
  };
  const section: Partial<Record<(typeof SECTIONS)[number], Uint8Array>> = {};
  let offset = PREFIX_BYTES + padded(headerLength);
  SECTIONS.forEach((name, i) => {
    const length = header.sections[i]!;
    if (length !== sizes[name] || offset + length > bytes.byteLength) throw refuse(`section ${name} is ${length} bytes where ${sizes[name]} are expected.`);
    section[name] = bytes.subarray(offset, offset + length);
    offset += padded(length);
  });

  for (const name of names) for (const value of header.tables[name]) context[name].intern(value);
  const store = new CandidateStore(context, Math.max(16, n), Math.max(16, header.arenaLength));
  // In pieces: the first write to each page of a fresh array faults it in, ~30 ms per 64 MB section at a million on
  // one machine, ~10 µs a page (10 ms per 1 MB piece) on a VM with slow page faults.
  function* copy(target: ArrayBufferView, from: Uint8Array) {
    const to = new Uint8Array(target.buffer, target.byteOffset, from.byteLength);
    for (let at = 0; at < from.byteLength; at += COPY_PIECE) {
      to.set(from.subarray(at, Math.min(from.byteLength, at + COPY_PIECE)), at);
      yield;
    }
  }
  yield;
  yield* copy(store.ints, section.rows!);
  yield* copy(store.alive, section.alive!);
  yield* copy(store.city, section.city!);
  yield* copy(store.target, section.target!);
  yield* copy(store.skills, section.skills!);
  yield* copy(store.skillYears, section.skillYears!);
  store.ensurePreferredCapacity(header.preferredLength);
  yield* copy(store.preferredCity, section.preferredCity!);
  yield* copy(store.preferredKey, section.preferredKey!);
  const blocks = header.idBlocks ?? [];
  if (blocks.length !== Math.ceil(n / ID_BLOCK) || blocks.reduce((sum, length) => sum + length, 0) !== section.ids!.byteLength) {
    throw refuse('has an ids section that does not match its blocks.');
  }
  const decoder = new TextDecoder();
  let at = 0;
  for (let b = 0; b < blocks.length; b++) {
    const first = b * ID_BLOCK;
    const count = Math.min(n, first + ID_BLOCK) - first;
    const ids = decoder.decode(section.ids!.subarray(at, at + blocks[b]!)).split(ID_SEPARATOR);
    at += blocks[b]!;
    if (ids.length !== count) throw refuse(`holds ${ids.length} ids in a block of ${count} slots.`);
    for (let i = 0; i < count; i++) {
      const slot = first + i;
      const isAlive = store.alive[slot] === 1;
      if (isAlive === (ids[i] === '')) throw refuse(`slot ${slot} is ${isAlive ? 'alive without an id' : 'free with an id'}.`);
      if (isAlive) store.ids[slot] = ids[i];
    }
    yield;
  }
  store.length = n;
  store.arenaLength = header.arenaLength;
  store.arenaWaste = header.arenaWaste;
  store.preferredLength = header.preferredLength;
  store.preferredWaste = header.preferredWaste;
  for (const slot of header.freeSlots) store.freeSlots.push(slot);
  return { now: new Date(header.now), store };
}
