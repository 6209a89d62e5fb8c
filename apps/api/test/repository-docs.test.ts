import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const read = (file: string) => readFileSync(join(root, file), 'utf8');

describe('the README and the compose file agree', () => {
  it('the README starts with exactly the two commands', () => {
    const firstBlock = /```sh\n([\s\S]*?)```/.exec(read('README.md'))?.[1];
    expect(firstBlock).toBe('npm install && npm start\nnpm test\n');
  });

  it("docker-compose.yml is valid and its app service runs the README's start command against its PostgreSQL", () => {
    const compose = parse(read('docker-compose.yml'));
    expect(Object.keys(compose.services).sort()).toEqual(['app', 'postgres']);
    const { app, postgres } = compose.services;
    expect(app.command).toEqual(['sh', '-c', 'npm install && npm start']);
    const url = new URL(app.environment.DATABASE_URL);
    expect(url.protocol).toBe('postgresql:');
    expect(url.hostname).toBe('postgres');
    expect(url.pathname.slice(1)).toBe(postgres.environment.POSTGRES_DB);
    expect(decodeURIComponent(url.username)).toBe(postgres.environment.POSTGRES_USER);
    expect(app.depends_on.postgres.condition).toBe('service_healthy');
    expect(app.ports).toContain('4000:4000');
  });

  it('docker-compose.yml runs the app as production: no demo accounts, no introspection, yet with the build tools installed', () => {
    const { app } = parse(read('docker-compose.yml')).services;
    expect(app.environment.NODE_ENV).toBe('production');
    expect(app.environment.SHORTLIST_SEED).toBeUndefined();
    expect(app.environment.NPM_CONFIG_INCLUDE).toBe('dev');
  });
});
