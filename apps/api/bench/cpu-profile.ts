/**
 * Where a V8 CPU profile (`node --cpu-prof`) of the bundled API spent its busy time, by package and by function.
 *
 * The API runs as one esbuild bundle (dist/main.js and its chunks), so the profile's frames all point into dist/.
 * Each frame is mapped back through the bundle's source maps to the file it was written in, and that file to its
 * package: `graphql`, `@prisma/client-runtime-utils`, `@shortlist/api`… V8's own entries keep their names:
 * `(garbage collector)`, `(program)` (V8 and Node's C++ outside JavaScript), native functions with no script.
 * `(idle)` is left out: the shares are of the time the process was busy.
 *
 * Self time only (a function's own samples, not its callees'): the question it answers is "what would a request
 * save if this cost nothing?", which is the one to ask before taking the next biggest cost.
 */
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { originalPositionFor, TraceMap } from '@jridgewell/trace-mapping';

export interface CpuProfile {
  nodes: Array<{ id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number } }>;
  samples: number[];
  timeDeltas: number[];
}

export interface Cost {
  name: string;
  ms: number;
  /** Of the busy time, 0–1. */
  share: number;
}

export interface ProfileSummary {
  busyMs: number;
  idleMs: number;
  byPackage: Cost[];
  byFunction: Cost[];
}

/** `…/node_modules/@scope/name/dist/x.js` → `@scope/name`; `…/packages/domain/src/x.ts` → `@shortlist/domain`. */
export function packageOf(sourcePath: string): string {
  const path = sourcePath.replaceAll('\\', '/');
  const inModules = path.lastIndexOf('node_modules/');
  if (inModules >= 0) {
    const [first, second] = path.slice(inModules + 'node_modules/'.length).split('/');
    return first!.startsWith('@') ? `${first}/${second}` : first!;
  }
  const ours = /(?:^|\/)(?:apps|packages)\/([^/]+)\//.exec(path);
  if (ours) return `@shortlist/${ours[1]}`;
  return path;
}

interface Place {
  pkg: string;
  /** The function's name and where it was written, as a reader finds it. */
  fn: string;
}

/**
 * Maps a frame of the bundle back to its source. `maps` caches one TraceMap per script (null when the script has no
 * map beside it: a file loaded from node_modules at run time, such as pino or PGlite).
 */
function placeOf(frame: CpuProfile['nodes'][number]['callFrame'], maps: Map<string, TraceMap | null>, root: string): Place {
  const { functionName, url, lineNumber, columnNumber } = frame;
  const name = functionName || '(anonymous)';
  if (!url) return { pkg: functionName.startsWith('(') ? functionName : '(native)', fn: name };
  if (url.startsWith('node:')) return { pkg: 'node (internal)', fn: `${name} (${url})` };
  if (!url.startsWith('file:')) return { pkg: url, fn: name };
  const file = fileURLToPath(url);
  let map = maps.get(file);
  if (map === undefined) {
    try {
      map = new TraceMap(readFileSync(`${file}.map`, 'utf8'), url);
    } catch {
      map = null;
    }
    maps.set(file, map);
  }
  const original = map && lineNumber >= 0 ? originalPositionFor(map, { line: lineNumber + 1, column: Math.max(columnNumber, 0) }) : null;
  const source = original?.source ? resolve(dirname(file), original.source.startsWith('file:') ? fileURLToPath(original.source) : original.source) : file;
  const where = relative(root, source).replaceAll('\\', '/').replace(/^.*node_modules\//, '');
  const line = original?.line ?? lineNumber + 1;
  // A bundle whose map is gone (rebuilt since the profile was taken) would otherwise count as the app's own code.
  const isUnmapped = !original?.source && !source.replaceAll('\\', '/').includes('/node_modules/');
  return { pkg: isUnmapped ? '(no source map)' : packageOf(source), fn: `${original?.name || name} (${where}:${line})` };
}

/** Sums self time by package and by function; `root` is what the function's file paths are written relative to. */
export function summarizeProfile(profile: CpuProfile, root: string, top = 15): ProfileSummary {
  const frames = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
  const selfUs = new Map<number, number>();
  // timeDeltas[i] is the time before sample i; the time a sample stands for is the one up to the next sample.
  for (let i = 0; i < profile.samples.length; i++) {
    const us = profile.timeDeltas[i + 1] ?? 0;
    if (us > 0) selfUs.set(profile.samples[i]!, (selfUs.get(profile.samples[i]!) ?? 0) + us);
  }
  const maps = new Map<string, TraceMap | null>();
  const packages = new Map<string, number>();
  const functions = new Map<string, number>();
  let busyUs = 0;
  let idleUs = 0;
  for (const [id, us] of selfUs) {
    const frame = frames.get(id)!;
    if (frame.functionName === '(idle)') {
      idleUs += us;
      continue;
    }
    busyUs += us;
    const place = placeOf(frame, maps, root);
    packages.set(place.pkg, (packages.get(place.pkg) ?? 0) + us);
    const key = `${place.pkg}  ${place.fn}`;
    functions.set(key, (functions.get(key) ?? 0) + us);
  }
  const ranked = (costs: Map<string, number>) =>
    [...costs]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, us]) => ({ name, ms: us / 1000, share: busyUs > 0 ? us / busyUs : 0 }));
  return { busyMs: busyUs / 1000, idleMs: idleUs / 1000, byPackage: ranked(packages), byFunction: ranked(functions) };
}

/** The summary as PROFILE lines, costliest first. */
export function formatProfileSummary(summary: ProfileSummary, perRequest: number): string[] {
  const line = (kind: string, cost: Cost) =>
    `PROFILE ${kind} share=${(cost.share * 100).toFixed(1)}% ms_per_page=${(cost.ms / perRequest).toFixed(3)} ${cost.name}`;
  return [
    `PROFILE busy_ms=${Math.round(summary.busyMs)} idle_ms=${Math.round(summary.idleMs)} pages=${perRequest} busy_ms_per_page=${(summary.busyMs / perRequest).toFixed(2)}`,
    ...summary.byPackage.map((cost) => line('package', cost)),
    ...summary.byFunction.map((cost) => line('function', cost)),
  ];
}
