import { defineConfig } from 'prisma/config';
import { PrismaPg } from '@prisma/adapter-pg';

// Prisma 6.19 runs its schema engine as WebAssembly through this adapter. A schema-to-schema diff
// reads and writes nothing in the database, but the adapter must be able to connect.
export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  adapter: async () => new PrismaPg({ connectionString: process.env.DATABASE_URL! }),
});
