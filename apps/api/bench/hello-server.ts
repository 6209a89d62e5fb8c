// The yardstick of `npm run bench:api`: a bare Apollo Server (standalone, no plugins, no database) answering
// `{ hello }` on PORT, in a process of its own like the API. It prints "ready <url>" once it listens.
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';

const server = new ApolloServer({
  typeDefs: 'type Query { hello: String }',
  resolvers: { Query: { hello: () => 'world' } },
});
const { url } = await startStandaloneServer(server, { listen: { host: '127.0.0.1', port: Number(process.env.PORT) || 0 } });
console.log(`ready ${url}`);

process.on('SIGTERM', () => {
  void server.stop().finally(() => process.exit(0));
});
