import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DEPRECATION_MONTHS } from '../src/schema-diff/check-deprecations.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const read = (file: string) => readFileSync(join(root, file), 'utf8');
/** The Node flags of the API's `npm start` (`node <flags> dist/main.js`). */
const apiStartFlags = () => {
  const start = (JSON.parse(read('apps/api/package.json')) as { scripts: { start: string } }).scripts.start.split(' ');
  expect(start[0]).toBe('node');
  expect(start.at(-1)).toBe('dist/main.js');
  return start.slice(1, -1);
};

describe('the README and the compose file agree', () => {
  it('the README starts with exactly the two commands', () => {
    const firstBlock = /```sh\n([\s\S]*?)```/.exec(read('README.md'))?.[1];
    expect(firstBlock).toBe('npm install && npm start\nnpm test\n');
  });

  it('docker-compose.yml runs two API processes from the built bundle on one PostgreSQL, started once the build has finished', () => {
    const { services } = readCompose();
    expect(Object.keys(services).sort()).toEqual(['api-1', 'api-2', 'build', 'postgres', 'proxy']);
    const { build, postgres } = services;
    expect(build.command).toEqual(['sh', '-c', 'npm ci && npm run build']);
    for (const name of API_SERVICES) {
      const api = services[name];
      // The same Node flags as `npm start` (apps/api/package.json), which bench:api measures.
      expect(api.command).toEqual(['node', ...apiStartFlags(), 'apps/api/dist/main.js']);
      expect(api.depends_on).toEqual({ postgres: { condition: 'service_healthy' }, build: { condition: 'service_completed_successfully' } });
      // They run the bundle `build` made, from the same checkout and node_modules.
      expect(api.volumes).toEqual(build.volumes);
      const url = new URL(api.environment.DATABASE_URL);
      expect(url.protocol).toBe('postgresql:');
      expect(url.hostname).toBe('postgres');
      expect(url.pathname.slice(1)).toBe(postgres.environment.POSTGRES_DB);
      expect(decodeURIComponent(url.username)).toBe(postgres.environment.POSTGRES_USER);
      // Ready means migrated and the match index built; the proxy waits for that, not for a process that only answers.
      expect(api.healthcheck.test.join(' ')).toContain('/readyz');
      // Only the proxy is published: an API answering directly would see clients without the proxy's headers.
      expect(api.ports).toBeUndefined();
    }
    expect(services['api-1'].environment.DATABASE_URL).toBe(services['api-2'].environment.DATABASE_URL);
  });

  it('docker-compose.yml runs the APIs as production: no demo accounts, no introspection, trusting exactly the proxy in front', () => {
    const { services } = readCompose();
    for (const name of API_SERVICES) {
      const { environment } = services[name];
      expect(environment.NODE_ENV).toBe('production');
      expect(environment.SHORTLIST_SEED).toBeUndefined();
      expect(environment.SHORTLIST_TRUST_PROXY).toBe('1');
    }
    // The build tools are devDependencies, which npm skips under NODE_ENV=production.
    expect(services.build.environment.NPM_CONFIG_INCLUDE).toBe('dev');
  });

  it('nginx on port 4000 balances over exactly the API services and never retries a request that reached one', () => {
    const { services } = readCompose();
    const { proxy } = services;
    expect(proxy.image).toMatch(/^nginx:/);
    expect(proxy.ports).toEqual(['4000:80']);
    const [configFile, mountedAt] = (proxy.volumes as string[])[0]!.split(':') as [string, string];
    expect(mountedAt).toBe('/etc/nginx/conf.d/default.conf');
    expect(proxy.depends_on).toEqual(Object.fromEntries(API_SERVICES.map((name) => [name, { condition: 'service_healthy' }])));

    const nginx = read(configFile);
    const upstream = [...nginx.matchAll(/^\s*server\s+([\w-]+):(\d+)\b([^;]*);/gm)].map(([, host, port, options]) => ({ host, port, options }));
    expect(upstream.map((server) => server.host).sort()).toEqual(API_SERVICES);
    for (const server of upstream) {
      expect(server.port).toBe(services[server.host!].environment.PORT);
      expect(server.options).toMatch(/max_fails=\d+/);
    }
    expect(nginx).toMatch(/proxy_pass http:\/\/shortlist_api;/);
    // Connection errors only: no timeout/http_5xx retries, and no `non_idempotent` (a POST would run twice).
    expect(/^\s*proxy_next_upstream\s+([^;]*);/m.exec(nginx)?.[1]).toBe('error');
    // SHORTLIST_TRUST_PROXY=1 takes the last X-Forwarded-For entry, so nginx must set it to the peer, not append.
    expect(nginx).toMatch(/proxy_set_header X-Forwarded-For \$remote_addr;/);
  });

  it('the README shows how to scale out and lists bench:api beside the other benchmarks', () => {
    const readme = read('README.md');
    expect(readme).toMatch(/^## Scale out$/m);
    expect(readme).toContain('npm run bench:api');
    expect(JSON.parse(read('package.json')).scripts['bench:api']).toBeDefined();
  });
});

describe('the API policy', () => {
  it('is linked from the README, and its links lead to files that exist', () => {
    expect(read('README.md')).toContain('[docs/api-policy.md](docs/api-policy.md)');
    const links = [...read('docs/api-policy.md').matchAll(/\]\((\.\.\/[^)#]+)/g)].map(([, target]) => join(root, 'docs', target!));
    expect(links.length).toBeGreaterThan(0);
    expect(links.filter((target) => !existsSync(target))).toEqual([]);
  });

  it('promises the deprecation period the schema check enforces, and names commands that exist', () => {
    const policy = read('docs/api-policy.md');
    expect(policy).toContain(`at least ${DEPRECATION_MONTHS} months after the first release that carries the deprecation`);
    const scripts = JSON.parse(read('apps/api/package.json')).scripts;
    const commands = [...policy.matchAll(/npm run ([\w:-]+) -w @shortlist\/api/g)].map(([, script]) => script!);
    expect(commands).toEqual(expect.arrayContaining(['schema:check', 'schema:release']));
    expect(commands.filter((script) => scripts[script] === undefined)).toEqual([]);
  });
});

describe('the partner guide', () => {
  const guide = () => read('docs/partners.md');

  it('is linked from the README with the example, and its links lead to files that exist', () => {
    const readme = read('README.md');
    expect(readme).toContain('[docs/partners.md](docs/partners.md)');
    expect(readme).toContain('[examples/partner-sync](examples/partner-sync)');
    const links = [...guide().matchAll(/\]\(((?!https?:)[^)#]+)/g)].map(([, target]) => join(root, 'docs', target!));
    expect(links.length).toBeGreaterThan(0);
    expect(links.filter((target) => !existsSync(target))).toEqual([]);
    expect(guide()).toContain('[the API policy](api-policy.md)');
  });

  it('shows only code the example runs: every TypeScript sample is lines of examples/partner-sync, indentation aside', () => {
    const exampleDir = join(root, 'examples', 'partner-sync', 'src');
    const files = readdirSync(exampleDir).map((name) => readFileSync(join(exampleDir, name), 'utf8').split('\n').map((line) => line.trim()));
    const samples = [...guide().matchAll(/```ts\n([\s\S]*?)```/g)].map(([, code]) => code!.trimEnd().split('\n').map((line) => line.trim()));
    expect(samples.length).toBeGreaterThan(5);
    const isIn = (sample: string[], lines: string[]) => lines.some((_, start) => sample.every((line, i) => lines[start + i] === line));
    expect(samples.filter((sample) => !files.some((lines) => isIn(sample, lines))).map((sample) => sample[0])).toEqual([]);
  });

  it('spells scopes one way, as the schema names them', () => {
    const schemaScopes = /enum ApiKeyScope \{([^}]*)\}/.exec(read('apps/api/schema.graphql'))![1]!.match(/^\s+([A-Z_]+)$/gm)!.map((line) => line.trim());
    expect(schemaScopes.length).toBeGreaterThan(0);
    for (const scope of schemaScopes) expect(guide()).toContain(`\`${scope}\``);
    expect(guide()).not.toMatch(/\b(jobs|candidates|proposals):(read|write)\b/);
  });
});

const API_SERVICES = ['api-1', 'api-2'];

/** The compose file as Docker Compose reads it, with `<<:` merge keys applied (its services share one x-api block). */
function readCompose() {
  return parse(read('docker-compose.yml'), { merge: true });
}
