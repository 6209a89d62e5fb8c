// A Prisma generator that writes the parsed datamodel (models, fields, native types, enums, indexes) to JSON,
// so the drift test can compare the migrated database with schema.prisma without Prisma's native engines.
import generatorHelper from '@prisma/generator-helper';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

generatorHelper.generatorHandler({
  onManifest: () => ({ prettyName: 'Datamodel snapshot (drift test)', defaultOutput: '../src/generated/datamodel.json' }),
  onGenerate: async (options) => {
    const output = options.generator.output?.value;
    if (!output) throw new Error('The datamodel generator needs an output path.');
    mkdirSync(dirname(output), { recursive: true });
    writeFileSync(output, `${JSON.stringify(options.dmmf.datamodel, null, 2)}\n`);
  },
});
