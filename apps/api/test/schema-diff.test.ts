// The schema check (docs/api-policy.md) on the committed files, and its rules on small schemas written here, so
// these tests hold whatever the real schema looks like. No server, no database.
import { buildSchema } from 'graphql';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { checkSchemaFiles } from '../src/schema-diff/check-schema-files.ts';
import { cutSchemaRelease } from '../src/schema-diff/cut-schema-release.ts';
import { findSchemaProblems } from '../src/schema-diff/find-schema-problems.ts';
import { parseChangelog } from '../src/schema-diff/parse-changelog.ts';
import { releaseChangelog } from '../src/schema-diff/release-changelog.ts';

const RELEASED = /* GraphQL */ `
  type Query {
    job(id: ID!): Job
    jobs(first: Int = 20): [Job!]!
  }
  type Job {
    id: ID!
    title: String!
    company: String! @deprecated(reason: "Use clientCompany. Removal on or after 2027-06-30.")
    status: JobStatus!
  }
  enum JobStatus {
    OPEN
    CLOSED
  }
`;

/** The check of `schema` against RELEASED (released on 2026-12-04) with `changelog`'s Unreleased entries. */
async function check(schema: string, { changelog = '## Unreleased\n', today = '2027-01-15', released = RELEASED } = {}) {
  const { unreleased, problems } = parseChangelog(changelog);
  const report = await findSchemaProblems({
    schema: buildSchema(schema),
    releases: [{ date: '2026-12-04', schema: buildSchema(released) }],
    entries: unreleased,
    today,
  });
  return { ...report, problems: [...problems, ...report.problems] };
}

const subjects = (report: { problems: Array<{ kind: string; subject: string }> }) =>
  report.problems.map(({ kind, subject }) => `${kind}: ${subject}`);

describe('the committed schema', () => {
  it('passes the check against the latest release in schema-releases/ with the changelog as it is', async () => {
    const report = await checkSchemaFiles({ today: new Date().toISOString().slice(0, 10) });
    expect(report.base).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const fix = 'list each intended change under Unreleased in apps/api/SCHEMA-CHANGELOG.md (docs/api-policy.md); a release not yet shipped to anyone (cut today) is re-cut with `npm run schema:release -w @shortlist/api`';
    expect(report.problems.map((problem) => problem.message), fix).toEqual([]);
  });
});

describe('breaking changes', () => {
  it('fail when a field is removed, naming it and the changelog line that would allow it', async () => {
    const report = await check(RELEASED.replace('title: String!', ''));
    expect(subjects(report)).toEqual(['unlisted-change: FIELD_REMOVED Job.title']);
    expect(report.problems[0]!.message).toContain("Field 'title' was removed from object type 'Job'");
    expect(report.problems[0]!.message).toContain('- `FIELD_REMOVED Job.title`:');
  });

  it('pass once the Unreleased section of the changelog lists them', async () => {
    const changelog = '# Schema changelog\n\n## Unreleased\n\n- `FIELD_REMOVED Job.title`: read `name` instead.\n\n## 2026-12-04\n\n- First.\n';
    const report = await check(RELEASED.replace('title: String!', ''), { changelog });
    expect(report.problems).toEqual([]);
    expect(report.listed.map((change) => change.path)).toEqual(['Job.title']);
  });

  it('still fail when the entry sits under an earlier release instead of Unreleased', async () => {
    const changelog = '## Unreleased\n\n## 2026-12-04\n\n- `FIELD_REMOVED Job.title`: read `name` instead.\n';
    expect(subjects(await check(RELEASED.replace('title: String!', ''), { changelog }))).toEqual(['unlisted-change: FIELD_REMOVED Job.title']);
  });

  it('include a new required argument, a field made nullable and a changed default value', async () => {
    const schema = RELEASED.replace('job(id: ID!): Job', 'job(id: ID!, agencyId: ID!): Job')
      .replace('title: String!', 'title: String')
      .replace('first: Int = 20', 'first: Int = 50');
    expect(subjects(await check(schema)).sort()).toEqual([
      'unlisted-change: FIELD_ARGUMENT_ADDED Query.job.agencyId',
      'unlisted-change: FIELD_ARGUMENT_DEFAULT_CHANGED Query.jobs.first',
      'unlisted-change: FIELD_TYPE_CHANGED Job.title',
    ]);
  });
});

describe('additive changes', () => {
  it('pass unlisted: a new optional field, type, optional argument and enum value', async () => {
    const schema = `${RELEASED.replace('status: JobStatus!', 'status: JobStatus!\n externalId: String')
      .replace('job(id: ID!): Job', 'job(id: ID!, asOf: String): Job')
      .replace('CLOSED', 'CLOSED\n DRAFT')}\ntype Skill { id: ID! }`;
    const report = await check(schema);
    expect(report.problems).toEqual([]);
    expect(report.changes.map((change) => change.path).sort()).toEqual(['Job.externalId', 'JobStatus.DRAFT', 'Query.job.asOf', 'Skill', 'Skill.id']);
    // The ones a careless client could trip on are shown for review.
    expect(report.tolerated.map((change) => change.path).sort()).toEqual(['JobStatus.DRAFT', 'Query.job.asOf']);
  });
});

describe('changelog entries', () => {
  it('that match no change are reported as stale', async () => {
    const changelog = '## Unreleased\n\n- `FIELD_REMOVED Job.titel`: typo.\n';
    const report = await check(RELEASED.replace('title: String!', ''), { changelog });
    expect(subjects(report)).toEqual(['unlisted-change: FIELD_REMOVED Job.title', 'stale-entry: FIELD_REMOVED Job.titel']);
    expect(report.problems[1]!.message).toContain('line 3');
  });

  it('whose ID is not a change type and path are reported, not ignored', async () => {
    const changelog = '## Unreleased\n\n- `Job.title removed`: wrong way round.\n- Prose in a list item without an ID is fine.\n';
    expect(subjects(await check(RELEASED, { changelog }))).toEqual(['invalid-entry: Job.title removed']);
  });
});

describe('deprecations', () => {
  const deprecateTitle = (reason: string) => RELEASED.replace('title: String!', `title: String! @deprecated(reason: "${reason}")`);
  const announcing = (...paths: string[]) => `## Unreleased\n\n${paths.map((path) => `- \`DEPRECATED ${path}\`: use something else.\n`).join('')}`;

  it('fail until the changelog announces them, and an announcement of nothing new is stale', async () => {
    const schema = deprecateTitle('Use name. Removal on or after 2027-12-31.');
    const report = await check(schema);
    expect(subjects(report)).toEqual(['unlisted-deprecation: DEPRECATED Job.title']);
    expect(report.problems[0]!.message).toContain('- `DEPRECATED Job.title`:');
    const announced = await check(schema, { changelog: announcing('Job.title') });
    expect(announced.problems).toEqual([]);
    expect(announced.deprecated).toEqual(['Job.title']);
    // Job.company was deprecated in the release already.
    expect(subjects(await check(schema, { changelog: announcing('Job.title', 'Job.company') }))).toEqual(['stale-entry: DEPRECATED Job.company']);
  });

  it('fail without a removal date', async () => {
    const report = await check(deprecateTitle('Use name.'), { changelog: announcing('Job.title') });
    expect(subjects(report)).toEqual(['deprecation-without-date: Job.title']);
    expect(report.problems[0]!.message).toContain('Removal on or after YYYY-MM-DD.');
  });

  it('fail with a removal date less than 6 months after today when the deprecation is new', async () => {
    const changelog = announcing('Job.title');
    expect(subjects(await check(deprecateTitle('Use name. Removal on or after 2027-07-14.'), { changelog, today: '2027-01-15' }))).toEqual([
      'removal-date-too-soon: Job.title',
    ]);
    expect((await check(deprecateTitle('Use name. Removal on or after 2027-07-15.'), { changelog, today: '2027-01-15' })).problems).toEqual([]);
  });

  it('count 6 months from the release that first had them, and end-of-month dates clamp', async () => {
    // Job.company was released deprecated on 2026-12-04 until 2027-06-30: moving that to 2027-06-01 is too soon.
    const earlier = RELEASED.replace('2027-06-30', '2027-06-01');
    expect(subjects(await check(earlier, { today: '2027-01-15' }))).toEqual(['removal-date-too-soon: Job.company']);
    expect((await check(RELEASED.replace('2027-06-30', '2027-06-04'), { today: '2027-01-15' })).problems).toEqual([]);
    const changelog = announcing('Job.title');
    expect(subjects(await check(deprecateTitle('Removal on or after 2027-02-27.'), { changelog, today: '2026-08-31' }))).toEqual([
      'removal-date-too-soon: Job.title',
    ]);
    expect((await check(deprecateTitle('Removal on or after 2027-02-28.'), { changelog, today: '2026-08-31' })).problems).toEqual([]);
  });

  it('may be reworded without listing, as long as the date stays far enough away', async () => {
    const reworded = RELEASED.replace('Use clientCompany.', 'Read clientCompany.name instead.');
    const report = await check(reworded);
    expect(report.problems).toEqual([]);
    expect(report.changes.map((change) => change.type)).toContain('FIELD_DEPRECATION_REASON_CHANGED');
  });

  it('apply to arguments, input fields and enum values too', async () => {
    const schema = `${RELEASED.replace('jobs(first: Int = 20)', 'jobs(first: Int = 20, page: Int @deprecated(reason: "Use after."))').replace(
      'CLOSED',
      'CLOSED @deprecated(reason: "Removal on or after 2027-02-01.")',
    )}\ninput JobInput { title: String, company: String @deprecated }`;
    expect(subjects(await check(schema, { changelog: announcing('Query.jobs.page', 'JobStatus.CLOSED') })).sort()).toEqual([
      'deprecation-without-date: JobInput.company',
      'deprecation-without-date: Query.jobs.page',
      'removal-date-too-soon: JobStatus.CLOSED',
      'unlisted-deprecation: DEPRECATED JobInput.company',
    ]);
  });
});

describe('removing a deprecated field', () => {
  const removed = RELEASED.replace(/company: String! @deprecated\(reason: "[^"]*"\)/, '');
  const listed = '## Unreleased\n\n- `FIELD_REMOVED Job.company`: deprecated since 2026-12-04.\n';

  it('fails before its removal date even when listed', async () => {
    const report = await check(removed, { changelog: listed, today: '2027-06-29' });
    expect(subjects(report)).toEqual(['removed-before-date: FIELD_REMOVED Job.company']);
    expect(report.problems[0]!.message).toContain('2027-06-30');
  });

  it('fails on or after its removal date unless listed, and passes listed', async () => {
    expect(subjects(await check(removed, { today: '2027-06-30' }))).toEqual(['unlisted-change: FIELD_REMOVED Job.company']);
    expect((await check(removed, { changelog: listed, today: '2027-06-30' })).problems).toEqual([]);
  });

  it('holds for arguments, input fields and enum values as for fields', async () => {
    const until = (date: string) => `@deprecated(reason: "Removal on or after ${date}.")`;
    const released = `${RELEASED.replace('first: Int = 20', `first: Int = 20, page: Int ${until('2027-06-30')}`).replace(
      'CLOSED',
      `CLOSED\n ARCHIVED ${until('2027-06-30')}`,
    )}\ninput JobInput { title: String, company: String ${until('2027-06-30')} }`;
    const schema = `${RELEASED}\ninput JobInput { title: String }`;
    const changelog =
      '## Unreleased\n\n- `FIELD_ARGUMENT_REMOVED Query.jobs.page`: x\n- `ENUM_VALUE_REMOVED JobStatus.ARCHIVED`: x\n- `INPUT_FIELD_REMOVED JobInput.company`: x\n';
    expect(subjects(await check(schema, { released, changelog, today: '2027-06-29' })).sort()).toEqual([
      'removed-before-date: ENUM_VALUE_REMOVED JobStatus.ARCHIVED',
      'removed-before-date: FIELD_ARGUMENT_REMOVED Query.jobs.page',
      'removed-before-date: INPUT_FIELD_REMOVED JobInput.company',
    ]);
    expect((await check(schema, { released, changelog, today: '2027-06-30' })).problems).toEqual([]);
  });

  it('fails whatever the date when its deprecation named none', async () => {
    const released = RELEASED.replace('Use clientCompany. Removal on or after 2027-06-30.', 'Use clientCompany.');
    expect(subjects(await check(removed, { released, changelog: listed, today: '2030-01-01' }))).toEqual([
      'removed-before-date: FIELD_REMOVED Job.company',
    ]);
  });
});

describe('cutting a release moves the Unreleased entries under its date', () => {
  const header = '# Schema changelog\n\nHow entries work.\n\n';
  const withEntry = `${header}## Unreleased\n\n- \`FIELD_REMOVED Job.title\`: gone.\n\n## 2026-12-04\n\n- First.\n`;

  it('under a new heading for the day, leaving Unreleased empty', () => {
    expect(releaseChangelog(withEntry, '2027-01-15')).toBe(
      `${header}## Unreleased\n\n## 2027-01-15\n\n- \`FIELD_REMOVED Job.title\`: gone.\n\n## 2026-12-04\n\n- First.\n`,
    );
  });

  it('again on the same day: nothing changes, or new entries join the day', () => {
    const once = releaseChangelog(withEntry, '2027-01-15');
    expect(releaseChangelog(once, '2027-01-15')).toBe(once);
    const more = once.replace('## Unreleased\n', '## Unreleased\n\n- `TYPE_REMOVED Old`: unused.\n');
    const twice = releaseChangelog(more, '2027-01-15');
    expect(parseChangelog(twice).unreleased).toEqual([]);
    expect(parseChangelog(twice).releases.get('2027-01-15')?.map((entry) => entry.id)).toEqual(['FIELD_REMOVED Job.title', 'TYPE_REMOVED Old']);
  });

  it('with a note when nothing was listed, replaced if entries come later that day', () => {
    const empty = releaseChangelog(`${header}## Unreleased\n`, '2027-01-15');
    expect(empty).toBe(`${header}## Unreleased\n\n## 2027-01-15\n\nNothing listed: additive changes only.\n`);
    const later = releaseChangelog(empty.replace('## Unreleased\n', '## Unreleased\n\n- `TYPE_REMOVED Old`: unused.\n'), '2027-01-15');
    expect(later).toBe(`${header}## Unreleased\n\n## 2027-01-15\n\n- \`TYPE_REMOVED Old\`: unused.\n`);
  });
});

describe('npm run schema:release', () => {
  it('cuts a dated release, refuses an unlisted breaking change, and run again the same day replaces that day', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'shortlist-schema-release-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const files = { schema: join(dir, 'schema.graphql'), releasesDir: join(dir, 'schema-releases'), changelog: join(dir, 'SCHEMA-CHANGELOG.md') };
    const list = (entry: string) => writeFileSync(files.changelog, readFileSync(files.changelog, 'utf8').replace('## Unreleased\n', `## Unreleased\n\n- \`${entry}\`: why.\n`));
    const dayEntries = (date: string) => parseChangelog(readFileSync(files.changelog, 'utf8')).releases.get(date)?.map((entry) => entry.id);
    writeFileSync(files.schema, RELEASED);
    writeFileSync(files.changelog, '# Schema changelog\n\n## Unreleased\n');

    expect((await cutSchemaRelease({ today: '2026-12-04', files })).isReleased).toBe(true);
    expect(readdirSync(files.releasesDir)).toEqual(['2026-12-04.graphql']);

    const withoutTitle = RELEASED.replace('title: String!', '');
    writeFileSync(files.schema, withoutTitle);
    const refused = await cutSchemaRelease({ today: '2027-01-15', files });
    expect(refused.isReleased).toBe(false);
    expect(subjects(refused.report)).toEqual(['unlisted-change: FIELD_REMOVED Job.title']);
    expect(readdirSync(files.releasesDir)).toEqual(['2026-12-04.graphql']);

    list('FIELD_REMOVED Job.title');
    expect((await cutSchemaRelease({ today: '2027-01-15', files })).isReleased).toBe(true);
    expect(readdirSync(files.releasesDir)).toEqual(['2026-12-04.graphql', '2027-01-15.graphql']);
    expect(dayEntries('2027-01-15')).toEqual(['FIELD_REMOVED Job.title']);

    // Later that day: compared with 2026-12-04 again, so the day's first entry still matches and the new one joins it.
    const withoutClosed = withoutTitle.replace('CLOSED', '');
    writeFileSync(files.schema, withoutClosed);
    list('ENUM_VALUE_REMOVED JobStatus.CLOSED');
    const again = await cutSchemaRelease({ today: '2027-01-15', files });
    expect(again.report.problems).toEqual([]);
    expect(again.report.base).toBe('2026-12-04');
    expect(readFileSync(join(files.releasesDir, '2027-01-15.graphql'), 'utf8')).toBe(withoutClosed);
    expect(dayEntries('2027-01-15')).toEqual(['FIELD_REMOVED Job.title', 'ENUM_VALUE_REMOVED JobStatus.CLOSED']);

    // And the everyday check passes against the new release.
    expect((await checkSchemaFiles({ today: '2027-01-15', files })).problems).toEqual([]);
  });
});
