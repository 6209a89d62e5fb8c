import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CpuProfile, formatProfileSummary, packageOf, summarizeProfile } from '../bench/cpu-profile.ts';

describe('packageOf', () => {
  it('names the package a source file belongs to', () => {
    expect(packageOf('/repo/node_modules/graphql/execution/execute.js')).toBe('graphql');
    expect(packageOf('/repo/node_modules/@pothos/core/esm/index.js')).toBe('@pothos/core');
    // A package's own dependency counts as that dependency, not as the package that pulled it in.
    expect(packageOf('/repo/node_modules/a/node_modules/@scope/b/x.js')).toBe('@scope/b');
    expect(packageOf('/repo/apps/api/src/modules/matches/match.ts')).toBe('@shortlist/api');
    expect(packageOf('/repo/packages/domain/src/matching/score.ts')).toBe('@shortlist/domain');
  });
});

describe('summarizeProfile', () => {
  let root: string;
  let bundleUrl: string;
  let bundle: string;

  // A real bundle with a real source map, as the API's build writes them: one function of ours, one of a package.
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'cpu-profile-'));
    await mkdir(join(root, 'node_modules', 'slowlib'), { recursive: true });
    await mkdir(join(root, 'apps', 'api', 'src'), { recursive: true });
    await writeFile(join(root, 'node_modules', 'slowlib', 'index.js'), 'export function parseEverything(text) {\n  return text.split("").reverse().join("");\n}\n');
    await writeFile(
      join(root, 'apps', 'api', 'src', 'main.ts'),
      'import { parseEverything } from "slowlib";\nexport function rankCandidates(n: number): string {\n  return parseEverything(String(n));\n}\n',
    );
    const outfile = join(root, 'apps', 'api', 'dist', 'main.js');
    await build({
      entryPoints: [join(root, 'apps', 'api', 'src', 'main.ts')],
      outfile,
      bundle: true,
      format: 'esm',
      platform: 'node',
      sourcemap: 'linked',
      minifyWhitespace: true,
      absWorkingDir: root,
      logLevel: 'silent',
    });
    bundleUrl = pathToFileURL(outfile).href;
    bundle = await readFile(outfile, 'utf8');
  });

  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  /** The bundle's 0-based line and column of a function's declaration, as V8 reports it in a profile. */
  const frameOf = (name: string) => {
    const lines = bundle.split('\n');
    const line = lines.findIndex((text) => text.includes(`function ${name}(`));
    return { functionName: name, url: bundleUrl, lineNumber: line, columnNumber: lines[line]!.indexOf(`function ${name}(`) };
  };

  /** A profile whose samples stand for these many microseconds on each node (timeDeltas: the time before each). */
  const profileOf = (nodes: CpuProfile['nodes'], microseconds: Record<number, number>): CpuProfile => {
    const samples: number[] = [];
    const timeDeltas: number[] = [0];
    for (const [id, us] of Object.entries(microseconds)) {
      for (let i = 0; i < us / 100; i++) {
        samples.push(Number(id));
        timeDeltas.push(100);
      }
    }
    samples.push(1); // the last sample stands for nothing: no sample after it
    return { nodes, samples, timeDeltas: timeDeltas.slice(0, samples.length) };
  };

  it("maps the bundle's frames back to their packages and functions, and leaves idle time out of the shares", () => {
    const profile = profileOf(
      [
        { id: 1, callFrame: { functionName: '(idle)', url: '', lineNumber: -1, columnNumber: -1 } },
        { id: 2, callFrame: { functionName: '(garbage collector)', url: '', lineNumber: -1, columnNumber: -1 } },
        { id: 3, callFrame: frameOf('parseEverything') },
        { id: 4, callFrame: frameOf('rankCandidates') },
        { id: 5, callFrame: { functionName: 'emit', url: 'node:events', lineNumber: 10, columnNumber: 2 } },
        { id: 6, callFrame: { functionName: 'writev', url: '', lineNumber: -1, columnNumber: -1 } },
      ],
      { 1: 50_000, 2: 1_000, 3: 5_000, 4: 3_000, 5: 500, 6: 500 },
    );
    const summary = summarizeProfile(profile, root);
    expect(summary.idleMs).toBeCloseTo(50, 5);
    expect(summary.busyMs).toBeCloseTo(10, 5);
    expect(summary.byPackage.map((cost) => [cost.name, cost.share])).toEqual([
      ['slowlib', 0.5],
      ['@shortlist/api', 0.3],
      ['(garbage collector)', 0.1],
      ['node (internal)', 0.05],
      ['(native)', 0.05],
    ]);
    // Named as written, where it was written (not dist/main.js's line).
    expect(summary.byFunction[0]).toMatchObject({ name: 'slowlib  parseEverything (slowlib/index.js:1)', ms: 5 });
    expect(summary.byFunction[1]).toMatchObject({ name: '@shortlist/api  rankCandidates (apps/api/src/main.ts:2)', ms: 3 });

    const lines = formatProfileSummary(summary, 4);
    expect(lines[0]).toBe('PROFILE busy_ms=10 idle_ms=50 pages=4 busy_ms_per_page=2.50');
    expect(lines).toContain('PROFILE package share=50.0% ms_per_page=1.250 slowlib');
  });

  it('keeps a script without a source map under its own path', () => {
    const url = pathToFileURL(join(root, 'node_modules', 'pino', 'lib', 'proto.js')).href;
    const profile = profileOf([{ id: 1, callFrame: { functionName: 'write', url, lineNumber: 3, columnNumber: 0 } }], { 1: 1_000 });
    expect(summarizeProfile(profile, root).byPackage).toEqual([{ name: 'pino', ms: 1, share: 1 }]);
  });

  it("does not count a bundle whose map is gone as the app's own code", () => {
    // A profile read again after a rebuild: its chunk and that chunk's map no longer exist.
    const url = pathToFileURL(join(root, 'apps', 'api', 'dist', 'chunk-GONE1234.js')).href;
    const profile = profileOf([{ id: 1, callFrame: { functionName: 'Ni', url, lineNumber: 19, columnNumber: 7 } }], { 1: 1_000 });
    const summary = summarizeProfile(profile, root);
    expect(summary.byPackage).toEqual([{ name: '(no source map)', ms: 1, share: 1 }]);
    expect(summary.byFunction[0]!.name).toBe('(no source map)  Ni (apps/api/dist/chunk-GONE1234.js:20)');
  });
});
