import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const readJson = (file: string) => JSON.parse(readFileSync(join(root, file), 'utf8'));

interface LockedPackage {
  version?: string;
  dev?: boolean;
  devOptional?: boolean;
  engines?: { node?: string } | string[];
}

/**
 * What the app runs with in production (everything in the lock that is not a dev dependency), with the Node range
 * its `engines` declares when that range leaves out the oldest Node the repository supports.
 */
function productionPackagesRefusing(nodeVersion: string): string[] {
  const lock = readJson('package-lock.json') as { packages: Record<string, LockedPackage> };
  return Object.entries(lock.packages)
    .filter(([path, pkg]) => path !== '' && !pkg.dev && !pkg.devOptional)
    .flatMap(([path, pkg]) => {
      const range = !pkg.engines || Array.isArray(pkg.engines) ? undefined : pkg.engines.node;
      return range && !semver.satisfies(nodeVersion, range) ? [`${path.replace(/^.*node_modules\//, '')}@${pkg.version} wants node ${range}`] : [];
    });
}

describe('production dependencies and the Node version we run on', () => {
  const supported = readJson('package.json').engines.node as string;
  const oldest = semver.minVersion(supported)!.version;

  it('the repository names the Node line it supports', () => {
    expect(supported).toBe('>=20.19');
  });

  it(`every package the app needs at run time accepts Node ${oldest}, the oldest the repository supports`, () => {
    // @apollo/server's @graphql-tools/schema 10.1 pulled in @whatwg-node/promise-helpers 2 (Node >= 22.15); the root
    // package.json's `overrides` keep it at 10.0 (ARCHITECTURE.md, the paragraph on dependencies).
    expect(productionPackagesRefusing(oldest)).toEqual([]);
  });

  it('the check sees a package that would refuse that Node', () => {
    // The same reading of the lock, asked about a Node older than anything in it accepts: it must list packages.
    expect(productionPackagesRefusing('0.10.0').length).toBeGreaterThan(0);
  });
});
