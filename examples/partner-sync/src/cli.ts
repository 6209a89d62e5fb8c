// The example from a terminal, against `npm start` (or any Shortlist): see this folder's README.
//   npm run partner -w @shortlist/example-partner-sync -- <command>
import { createKey, type ApiKeyScope } from './create-key.ts';
import { fullSync } from './full-sync.ts';
import { createGraphQLClient } from './graphql-client.ts';
import { incrementalSync } from './incremental-sync.ts';
import { loadMirror, saveMirror } from './mirror.ts';
import { readViewer } from './read-viewer.ts';
import { registerWebhookEndpoint } from './register-webhook-endpoint.ts';
import { signIn } from './sign-in.ts';
import { startWebhookReceiver } from './webhook-receiver.ts';

const url = process.env.SHORTLIST_URL ?? 'http://localhost:4000';
const mirrorFile = process.env.MIRROR_FILE ?? 'partner-mirror.json';

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`Set ${name} first (see the README).`);
  return value;
}

const partner = () => createGraphQLClient({ url, apiKey: required('SHORTLIST_API_KEY') });
/** The demo admin of `npm start`; a real admin does this in the web app. */
const admin = () => signIn(url, process.env.ADMIN_EMAIL ?? 'admin@shortlist.test', process.env.ADMIN_PASSWORD ?? 'shortlist');

const commands: Record<string, (args: string[]) => Promise<void>> = {
  async 'create-key'([name = 'Partner example']) {
    const scopes: ApiKeyScope[] = ['JOBS_READ', 'CANDIDATES_READ', 'PROPOSALS_READ', 'PROPOSALS_WRITE'];
    const { secret, apiKey } = await createKey(await admin(), { name, scopes });
    console.log(`Key ${apiKey.prefix}… with ${apiKey.scopes.join(', ')}. Shown once:\n\nexport SHORTLIST_API_KEY=${secret}`);
  },
  async 'register-webhook'([receiverUrl = 'http://127.0.0.1:4100/webhooks/shortlist']) {
    const { secret, webhookEndpoint } = await registerWebhookEndpoint(await admin(), { url: receiverUrl, description: 'Partner example receiver' });
    console.log(`Endpoint ${webhookEndpoint.id} for ${webhookEndpoint.url}. Its secret, shown once:\n\nexport SHORTLIST_WEBHOOK_SECRET=${secret}`);
  },
  async whoami() {
    const { agency, scopes, apiKey } = await readViewer(partner());
    console.log(`${apiKey?.name} (${apiKey?.prefix}…) of ${agency.name}: ${scopes.join(', ')}${apiKey?.clientCompany ? `, only ${apiKey.clientCompany.name}` : ''}`);
  },
  async 'full-sync'() {
    const { mirror, counts } = await fullSync(partner());
    saveMirror(mirrorFile, mirror);
    console.log(`Mirrored ${counts.jobs} jobs, ${counts.candidates} candidates and ${counts.proposals} proposals into ${mirrorFile}.`);
  },
  async 'incremental-sync'() {
    const mirror = loadMirror(mirrorFile);
    const changes = await incrementalSync(partner(), mirror);
    saveMirror(mirrorFile, mirror);
    for (const change of changes) console.log(`${change.position}  ${change.kind.padEnd(22)} ${change.entityId}  ${change.fields.join(', ')}`);
    console.log(`${changes.length} change(s) applied to ${mirrorFile}.`);
  },
  async 'receive-webhooks'() {
    const receiver = await startWebhookReceiver({
      secret: required('SHORTLIST_WEBHOOK_SECRET'),
      port: Number(process.env.PORT ?? 4100),
      onEvent: (event, webhookId) => console.log(`${event.data.position}  ${event.type.padEnd(22)} ${event.data.id}  (${webhookId})`),
      onRequest: ({ outcome, webhookId, status }) => outcome !== 'accepted' && console.log(`${status} ${outcome} ${webhookId ?? ''}`),
    });
    console.log(`Receiving at ${receiver.url}; Ctrl-C stops.`);
    process.once('SIGINT', () => void receiver.close().then(() => process.exit(0)));
  },
};

const [command = '', ...args] = process.argv.slice(2);
const run = commands[command];
if (!run) {
  console.error(`Commands: ${Object.keys(commands).join(', ')}`);
  process.exit(2);
}
run(args).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
