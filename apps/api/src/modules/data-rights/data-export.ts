import { builder } from '../../builder.ts';
import { clockFromEnv } from '../common/clock.ts';
import { idFromGlobalId } from '../common/global-id.ts';
import { collectCandidateData, toExportDocument } from './collect-candidate-data.ts';

const clock = clockFromEnv();

type DataExport = { generatedAt: Date; json: string; tables: Array<{ name: string; rowCount: number }> };

const DataExportTable = builder.objectRef<{ name: string; rowCount: number }>('DataExportTable').implement({
  description: 'One table of a data export, and how many of its rows concern the person.',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'The table, e.g. "Proposal".' }),
    rowCount: t.exposeInt('rowCount', { description: 'How many rows of it the export holds.' }),
  }),
});

const CandidateDataExport = builder.objectRef<DataExport>('CandidateDataExport').implement({
  description: "Every row the agency holds about one candidate (GDPR art. 15 and 20), as JSON, with a count per table for a readable summary.",
  fields: (t) => ({
    generatedAt: t.expose('generatedAt', { type: 'DateTime', description: 'When the export was made.' }),
    json: t.exposeString('json', { description: 'The rows, table by table, as a JSON document (`{ generatedAt, tables: { <Table>: [rows] } }`).' }),
    tables: t.field({ type: [DataExportTable], description: 'Each table with how many rows it holds, in the order of the document.', resolve: (e) => e.tables }),
  }),
});

async function exportOf(prisma: Parameters<typeof collectCandidateData>[0], candidateId: string): Promise<DataExport> {
  const generatedAt = clock();
  const data = await collectCandidateData(prisma, candidateId);
  return {
    generatedAt,
    json: toExportDocument(data, generatedAt),
    tables: Object.entries(data).map(([name, rows]) => ({ name, rowCount: rows.length })),
  };
}

builder.queryField('myDataExport', (t) =>
  t.field({
    type: CandidateDataExport,
    nullable: true,
    description: "Everything the agency holds about you, the signed-in candidate; null for anyone else.",
    authScopes: { candidate: true },
    resolve: (_root, _args, ctx) =>
      ctx.viewer?.kind === 'user' && ctx.viewer.candidateProfileId ? exportOf(ctx.prisma, ctx.viewer.candidateProfileId) : null,
  }),
);

builder.queryField('candidateDataExport', (t) =>
  t.field({
    type: CandidateDataExport,
    nullable: true,
    description: "Everything the agency holds about one of its candidates, for answering their request. Agency admins only; null for another agency's candidate.",
    authScopes: { admin: true },
    args: { candidateId: t.arg.id({ required: true, description: 'The candidate (a Candidate ID).' }) },
    resolve: async (_root, { candidateId }, ctx) => {
      const id = idFromGlobalId(String(candidateId), 'Candidate');
      if (!id || ctx.viewer?.kind !== 'user' || ctx.viewer.role !== 'ADMIN') return null;
      const candidate = await ctx.prisma.candidateProfile.findFirst({ where: { id, agencyId: ctx.viewer.agencyId }, select: { id: true } });
      return candidate ? exportOf(ctx.prisma, candidate.id) : null;
    },
  }),
);
