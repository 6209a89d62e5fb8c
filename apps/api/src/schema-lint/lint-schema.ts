// Lints a printed schema the way issue 11's acceptance reads it: graphql-schema-linter with its default rules,
// and @graphql-eslint's schema-recommended and schema-relay configs as they ship, but for the two rule options set
// below (each with its reason). Each finding names the schema coordinate it is about, so the owner of a type can
// see theirs.
import graphqlEslint from '@graphql-eslint/eslint-plugin';
import { Linter } from 'eslint';
import { type ASTNode, type DocumentNode, type GraphQLError, Kind, parse } from 'graphql';
import schemaLinter from 'graphql-schema-linter';
import { SourceMap } from 'graphql-schema-linter/lib/source_map.js';

export type SchemaLintTool = 'graphql-schema-linter' | 'graphql-eslint';

export interface SchemaFinding {
  tool: SchemaLintTool;
  rule: string;
  /** `Type`, `Type.field`, `Type.field(arg)`, `Enum.VALUE` or `@directive(arg)`; `schema` when none applies. */
  coordinate: string;
  message: string;
  line: number;
}

// strict-id-in-types asks for `id: ID!` on every object type "unless they do not have a logical one" and
// documents `exceptions` for those. Only what has no identity of its own is listed: made per request, or a part
// of one node that exists and is read only through it (the node's global ID is the identity).
export const strictIdExceptions = {
  suffixes: [
    'Connection', // a page of a list, made per request
    'Edge', // a node's place in one page; the node carries the identity
    'Error', // an expected failure a mutation answers, made per request
    'Success', // a mutation's answer, made per request
    'PageInfo', // where a page sits in its list, made per request
  ],
  types: [
    'WebhookEventDefinition', // an entry of a fixed catalogue of event kinds, keyed by its `type` string
    'Viewer', // who is asking: made per request from the session or key
    'ActivityActor', // who made a history event; part of the event
    'ChangeActor', // who made a change in the feed; part of the change
    'CancellationPolicy', // the agency's setting, read through the agency
    'SalaryBand', // a job's min, max and currency
    'CandidatePreferences', // part of a candidate's profile
    'CandidateReliability', // figures computed from a candidate's history
    'AgencyReliability', // figures computed from an agency's interviews, read through the agency
    'NoShowContest', // an interview's contested no-show: at most one per interview
    'CandidateSkill', // a skill's level and years on one candidate's profile
    'CandidateExperience', // a position on one candidate's profile, edited only with the profile
    'JobSkill', // a skill's requirement on one job
    'PipelineCount', // how many of a job's proposals are in one status
    'MatchExplanation', // why a match scores what it does; part of the match
    'MatchCategory', // one scored category of a match's explanation
    'MatchBlocker', // one blocker of a match's explanation
    'MatchedSkill', // one skill's credit in a match's explanation
    'SkillCredit', // how a candidate's skill was credited for a job skill
    'ProposalMatch', // the match as it was when proposed, frozen on the proposal
    'ProposalMatchCategory', // one category of a proposal's frozen match
    'ProposalMatchBlocker', // one blocker of a proposal's frozen match
    'ProposalDecline', // a proposal's decline: at most one per proposal
    'ProposalWithdrawal', // a proposal's withdrawal: at most one per proposal
    'ProposalOffer', // a proposal's offer: at most one per proposal
    'ProposalRejection', // the client's rejection of a proposal: at most one per proposal
    'OfferCascadeStep', // one suggested withdrawal after an accepted offer, made per request
    'JobClosingPreview', // what filling or closing a job would do, made per request
    'JobClosingCandidate', // one candidate a job's closing would tell, made per request
    'JobClosingInterview', // one interview a job's closing would cancel, made per request
    'InterviewCancellation', // an interview's cancellation: at most one per interview
    'RescheduleRequest', // an interview's request for a new time: at most one per interview
    'ActivityEvent', // one entry of a proposal's or interview's history, read only through it
    'WebhookAttempt', // one attempt of a webhook delivery, read only through the delivery
    'EmailPreference', // one category of the viewer's e-mail settings, keyed by its category
    'DevMailbox', // the development mailbox, made per request
    'DevMailboxHeader', // one header line of a mailbox message
    'DevMailboxAttachment', // one part of a mailbox message
    'Insight', // the agency's numbers over a range, counted per request
    'InsightFunnel', // the funnel of one insight request
    'FunnelStageCount', // one stage of that funnel
    'InsightDuration', // a median and p90 of one insight request
    'InsightDeclineReason', // one decline reason's count in one insight request
    'InsightCancellations', // one side's cancellations in one insight request
    'InsightNoShows', // one side's no-shows in one insight request
    'InsightScoreBucket', // one match-score band in one insight request
    'RecruiterToday', // what needs the recruiter now, made per request
    'TodayItem', // one thing to do in it, keyed by its `key` (kind and the proposal or interview), made per request
    'Practice', // the candidate's practice so far, counted per request
    'ClientFeedback', // an interview's client feedback: at most one per interview
    'ClientSharingConsent', // a proposal's consent to share the profile with the client: at most one per proposal
    'CandidateDataExport', // everything held about a person, assembled per request
    'DataExportTable', // one table's row count in one export
    'LikelyDuplicate', // a profile that may be the same person, scored per request
    'DuplicateReason', // one reason of a likely duplicate, made per request
    'CandidateMergeCounts', // what one merge moved, part of its answer
  ],
};

// schema-relay's relay-edge-types, as shipped, also reports every field that returns a list of anything but
// edges, so `Query.nodes`, `Skill.aliases: [String!]!` or `ValidationError.fieldErrors` would each have to become
// a paged connection (and every object in one a Node). Lists stay lists; only that option is turned off. Run the
// script with --as-shipped to see what it reports.
const relayEdgeTypesOptions = { listTypeCanWrapOnlyEdgeType: false };

export interface LintOptions {
  /** Lint with the configs exactly as they ship, without the two options above. */
  asShipped?: boolean;
}

export function lintSchema(sdl: string, options: LintOptions = {}): SchemaFinding[] {
  let document: DocumentNode;
  try {
    document = parse(sdl);
  } catch (error) {
    const line = (error as GraphQLError).locations?.[0]?.line ?? 1;
    return [{ tool: 'graphql-schema-linter', rule: 'graphql-syntax-error', coordinate: 'schema', message: (error as Error).message, line }];
  }
  const coordinates = indexCoordinates(document);
  return [...lintWithSchemaLinter(sdl), ...lintWithEslint(sdl, options)]
    .map(({ tool, rule, message, line, column }) => ({
      tool,
      rule,
      coordinate: coordinates.at(line, column),
      message: message.replace(/\s*\n\s*/g, ' '),
      line,
    }))
    .sort((a, b) => a.line - b.line || a.tool.localeCompare(b.tool) || a.rule.localeCompare(b.rule));
}

export function formatFinding(finding: SchemaFinding): string {
  return `${finding.tool} ${finding.rule} ${finding.coordinate}: ${finding.message}`;
}

/** The type a finding is about (`Job` for `Job.title(format)`), for filtering by type. */
export function typeNameOf(coordinate: string): string {
  return coordinate.split(/[.(]/)[0] ?? coordinate;
}

interface RawFinding {
  tool: SchemaLintTool;
  rule: string;
  message: string;
  line: number;
  column: number;
}

function lintWithSchemaLinter(sdl: string): RawFinding[] {
  const schema = { definition: sdl, sourceMap: new SourceMap({ 'schema.graphql': sdl }) };
  const configuration = new schemaLinter.configuration.Configuration(schema, {});
  return schemaLinter.validator
    .validateSchemaDefinition(schema, configuration.getRules(), configuration)
    .map((error) => ({
      tool: 'graphql-schema-linter',
      rule: error.ruleName,
      message: error.message,
      line: error.locations?.[0]?.line ?? 1,
      column: error.locations?.[0]?.column ?? 1,
    }));
}

function lintWithEslint(sdl: string, { asShipped = false }: LintOptions): RawFinding[] {
  const linter = new Linter({ configType: 'flat' });
  const messages = linter.verify(
    sdl,
    [
      {
        files: ['**/*.graphql'],
        languageOptions: { parser: graphqlEslint.parser, parserOptions: { schemaSdl: sdl } },
        plugins: { '@graphql-eslint': graphqlEslint as unknown as NonNullable<Linter.Config['plugins']>[string] },
        rules: {
          ...graphqlEslint.configs['flat/schema-recommended'].rules,
          ...graphqlEslint.configs['flat/schema-relay'].rules,
          ...(!asShipped && {
            '@graphql-eslint/strict-id-in-types': ['error', { exceptions: strictIdExceptions }],
            '@graphql-eslint/relay-edge-types': ['error', relayEdgeTypesOptions],
          }),
        },
      },
    ],
    'schema.graphql',
  );
  return messages.map((message) => ({
    tool: 'graphql-eslint',
    rule: message.ruleId?.replace('@graphql-eslint/', '') ?? (message.fatal ? 'parse-error' : 'unknown'),
    message: message.message,
    line: message.line,
    column: message.column,
  }));
}

interface Span {
  coordinate: string;
  start: number;
  end: number;
}

// Maps a line and column to the innermost definition, field, argument or enum value around it.
function indexCoordinates(document: DocumentNode) {
  const spans: Span[] = [];
  const add = (coordinate: string, node: ASTNode) => {
    if (node.loc) spans.push({ coordinate, start: node.loc.start, end: node.loc.end });
  };
  for (const definition of document.definitions) {
    switch (definition.kind) {
      case Kind.OBJECT_TYPE_DEFINITION:
      case Kind.INTERFACE_TYPE_DEFINITION:
      case Kind.INPUT_OBJECT_TYPE_DEFINITION: {
        const type = definition.name.value;
        add(type, definition);
        for (const field of definition.fields ?? []) {
          add(`${type}.${field.name.value}`, field);
          if ('arguments' in field) {
            for (const argument of field.arguments ?? []) {
              add(`${type}.${field.name.value}(${argument.name.value})`, argument);
            }
          }
        }
        break;
      }
      case Kind.ENUM_TYPE_DEFINITION:
        add(definition.name.value, definition);
        for (const value of definition.values ?? []) add(`${definition.name.value}.${value.name.value}`, value);
        break;
      case Kind.UNION_TYPE_DEFINITION:
      case Kind.SCALAR_TYPE_DEFINITION:
        add(definition.name.value, definition);
        break;
      case Kind.DIRECTIVE_DEFINITION:
        add(`@${definition.name.value}`, definition);
        for (const argument of definition.arguments ?? []) {
          add(`@${definition.name.value}(${argument.name.value})`, argument);
        }
        break;
      default:
        break;
    }
  }
  const lineStarts = [0];
  const body = document.loc?.source.body ?? '';
  for (let index = 0; index < body.length; index += 1) if (body[index] === '\n') lineStarts.push(index + 1);

  return {
    at(line: number, column: number): string {
      const offset = (lineStarts[line - 1] ?? 0) + column - 1;
      let innermost: Span | undefined;
      for (const span of spans) {
        if (span.start <= offset && offset < span.end && (!innermost || span.start >= innermost.start)) {
          innermost = span;
        }
      }
      return innermost?.coordinate ?? 'schema';
    },
  };
}
