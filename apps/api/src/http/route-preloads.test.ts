import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRoutePreloads } from './route-preloads.ts';

function fixture() {
  const root = mkdtempSync(join(tmpdir(), 'route-preloads-'));
  const dist = join(root, 'dist');
  mkdirSync(join(dist, '.vite'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), '<html><head>\n    <script type="module" crossorigin src="/assets/index-1.js"></script>\n    <link rel="modulepreload" crossorigin href="/assets/react-1.js">\n  </head><body></body></html>');
  writeFileSync(
    join(dist, '.vite', 'manifest.json'),
    JSON.stringify({
      'index.html': { file: 'assets/index-1.js', isEntry: true, imports: ['_react.js'] },
      '_react.js': { file: 'assets/react-1.js' },
      '_form.js': { file: 'assets/form-1.js', imports: ['_react.js'] },
      'src/features/public-job/PublicJobPage.tsx': { file: 'assets/PublicJobPage-1.js', imports: ['_form.js', '_react.js'] },
      'src/features/job-board/JobBoardPage.tsx': { file: 'assets/JobBoardPage-1.js', imports: ['_react.js'] },
    }),
  );
  const routesFile = join(root, 'routes.ts');
  writeFileSync(
    routesFile,
    [
      "const JobBoardPage = lazy(() => import('../features/job-board/JobBoardPage'));",
      "const PublicJobPage = lazy(() => import('../features/public-job/PublicJobPage'));",
      "  ['/', JobBoardPage],",
      "  ['/jobs', JobBoardPage],",
      "  ['/jobs/:slug', PublicJobPage],",
    ].join('\n'),
  );
  return createRoutePreloads(dist, routesFile);
}

describe('the app shell per address', () => {
  it("preloads a job page's chunk and the chunks it imports, not those the shell already loads", () => {
    const html = fixture()('/jobs/senior-go-engineer-berlin-3f9a1c2b7d4e');
    expect(html).toContain('<link rel="modulepreload" crossorigin href="/assets/PublicJobPage-1.js">');
    expect(html).toContain('<link rel="modulepreload" crossorigin href="/assets/form-1.js">');
    expect(html.match(/react-1\.js/g)).toHaveLength(1);
    expect(html.indexOf('PublicJobPage-1.js')).toBeLessThan(html.indexOf('</head>'));
  });

  it('preloads the board for / and /jobs/, and nothing more for an address that is no route', () => {
    const shellFor = fixture();
    expect(shellFor('/')).toContain('/assets/JobBoardPage-1.js');
    expect(shellFor('/jobs/')).toContain('/assets/JobBoardPage-1.js');
    expect(shellFor('/nowhere/at/all')).not.toContain('JobBoardPage');
  });
});
