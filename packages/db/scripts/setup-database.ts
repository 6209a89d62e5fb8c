// `turbo run setup-database`: migrate and seed the configured database (see src/prepare-database.ts).
import { prepareDatabaseFromEnv } from '../src/prepare-database.ts';

await prepareDatabaseFromEnv();
