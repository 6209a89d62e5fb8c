import type { SqlSession } from '../sql-connection.ts';

/** The parts of Prisma's parsed datamodel (DMMF) the drift check reads; see scripts/datamodel-generator.mjs. */
export interface Datamodel {
  enums: Array<{ name: string; dbName?: string | null; values: Array<{ name: string; dbName?: string | null }> }>;
  models: Array<{
    name: string;
    dbName?: string | null;
    fields: Array<{
      name: string;
      dbName?: string | null;
      kind: string;
      type: string;
      isList: boolean;
      isRequired: boolean;
      nativeType?: [string, string[]] | null;
      relationFromFields?: string[];
      relationToFields?: string[];
    }>;
  }>;
  indexes: Array<{ model: string; type: string; fields: Array<{ name: string; sortOrder?: string }> }>;
}

const SCALAR_TYPES: Record<string, string> = {
  String: 'text',
  Int: 'int4',
  BigInt: 'int8',
  Float: 'float8',
  Decimal: 'numeric',
  Boolean: 'bool',
  DateTime: 'timestamp(3)',
  Json: 'jsonb',
  Bytes: 'bytea',
};

const NATIVE_TYPES: Record<string, (args: string[]) => string> = {
  Uuid: () => 'uuid',
  Text: () => 'text',
  Char: ([n]) => `bpchar(${n ?? 1})`,
  VarChar: ([n]) => (n ? `varchar(${n})` : 'varchar'),
  SmallInt: () => 'int2',
  Integer: () => 'int4',
  BigInt: () => 'int8',
  Real: () => 'float4',
  DoublePrecision: () => 'float8',
  Timestamptz: ([p]) => `timestamptz(${p ?? 6})`,
  Timestamp: ([p]) => `timestamp(${p ?? 6})`,
  Date: () => 'date',
  JsonB: () => 'jsonb',
  Json: () => 'json',
  Boolean: () => 'bool',
};

type Column = { type: string; nullable: boolean };
type Shape = {
  enums: Map<string, string[]>;
  columns: Map<string, Column>;
  indexes: Set<string>;
  foreignKeys: Set<string>;
  tables: Set<string>;
};

/** What schema.prisma says the database must look like, in the same terms as `describeDatabase`. */
export function expectedShape(datamodel: Datamodel): Shape {
  const enumDbName = new Map(datamodel.enums.map((e) => [e.name, e.dbName ?? e.name]));
  const shape: Shape = { enums: new Map(), columns: new Map(), indexes: new Set(), foreignKeys: new Set(), tables: new Set() };
  for (const e of datamodel.enums) shape.enums.set(e.dbName ?? e.name, e.values.map((v) => v.dbName ?? v.name));

  const tableOf = new Map(datamodel.models.map((m) => [m.name, m.dbName ?? m.name]));
  const columnOf = (model: string, field: string) => {
    const f = datamodel.models.find((m) => m.name === model)?.fields.find((x) => x.name === field);
    return f?.dbName ?? field;
  };
  for (const model of datamodel.models) {
    const table = tableOf.get(model.name)!;
    shape.tables.add(table);
    for (const field of model.fields) {
      if (field.kind === 'object') {
        if (field.relationFromFields?.length) {
          const from = field.relationFromFields.map((f) => columnOf(model.name, f)).join(',');
          const to = (field.relationToFields ?? []).map((f) => columnOf(field.type, f)).join(',');
          shape.foreignKeys.add(`${table}(${from}) → ${tableOf.get(field.type)}(${to})`);
        }
        continue;
      }
      let type: string;
      if (field.kind === 'enum') type = enumDbName.get(field.type) ?? field.type;
      else if (field.nativeType) {
        const [name, args] = field.nativeType;
        type = NATIVE_TYPES[name]?.(args) ?? `${name.toLowerCase()}`;
      } else type = SCALAR_TYPES[field.type] ?? field.type;
      if (field.isList) type += '[]';
      // Prisma creates scalar lists without NOT NULL.
      shape.columns.set(`${table}.${field.dbName ?? field.name}`, { type, nullable: !field.isRequired || field.isList });
    }
  }
  for (const index of datamodel.indexes) {
    const table = tableOf.get(index.model)!;
    const kind = index.type === 'id' ? 'primary key' : index.type === 'unique' ? 'unique index' : 'index';
    if (index.type === 'fulltext') continue;
    const cols = index.fields.map((f) => `${columnOf(index.model, f.name)}${f.sortOrder === 'desc' ? ' DESC' : ''}`);
    shape.indexes.add(`${kind} on ${table}(${cols.join(', ')})`);
  }
  return shape;
}

/** The same description, read from the database's catalogs (current schema only). */
export async function describeDatabase(sql: SqlSession): Promise<Shape> {
  const shape: Shape = { enums: new Map(), columns: new Map(), indexes: new Set(), foreignKeys: new Set(), tables: new Set() };
  const enumRows = await sql.query<{ name: string; value: string }>(`
    SELECT t.typname AS name, e.enumlabel AS value
    FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
    WHERE n.nspname = current_schema() ORDER BY t.typname, e.enumsortorder`);
  for (const row of enumRows) shape.enums.set(row.name, [...(shape.enums.get(row.name) ?? []), row.value]);

  const columnRows = await sql.query<{ table_name: string; column_name: string; type: string; nullable: boolean }>(`
    SELECT c.relname AS table_name, a.attname AS column_name, NOT a.attnotnull AS nullable,
           format_type(a.atttypid, a.atttypmod) AS type
    FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = current_schema() AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped
      AND c.relname <> '_prisma_migrations'`);
  for (const row of columnRows) {
    shape.tables.add(row.table_name);
    shape.columns.set(`${row.table_name}.${row.column_name}`, { type: normaliseType(row.type), nullable: row.nullable });
  }

  const indexRows = await sql.query<{ table_name: string; is_unique: boolean; is_primary: boolean; columns: string[] }>(`
    SELECT t.relname AS table_name, ix.indisunique AS is_unique, ix.indisprimary AS is_primary,
           array_agg(a.attname || CASE WHEN (ix.indoption[k.ord - 1] & 1) = 1 THEN ' DESC' ELSE '' END ORDER BY k.ord) AS columns
    FROM pg_index ix
    JOIN pg_class t ON t.oid = ix.indrelid JOIN pg_namespace n ON n.oid = t.relnamespace
    CROSS JOIN LATERAL unnest(ix.indkey) WITH ORDINALITY AS k(attnum, ord)
    JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
    WHERE n.nspname = current_schema() AND t.relname <> '_prisma_migrations'
    GROUP BY ix.indexrelid, t.relname, ix.indisunique, ix.indisprimary`);
  for (const row of indexRows) {
    const kind = row.is_primary ? 'primary key' : row.is_unique ? 'unique index' : 'index';
    shape.indexes.add(`${kind} on ${row.table_name}(${pgArray(row.columns).join(', ')})`);
  }

  const fkRows = await sql.query<{ from_table: string; from_cols: string[]; to_table: string; to_cols: string[] }>(`
    SELECT src.relname AS from_table, dst.relname AS to_table,
      (SELECT array_agg(a.attname ORDER BY k.ord) FROM unnest(con.conkey) WITH ORDINALITY k(attnum, ord)
         JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum) AS from_cols,
      (SELECT array_agg(a.attname ORDER BY k.ord) FROM unnest(con.confkey) WITH ORDINALITY k(attnum, ord)
         JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum) AS to_cols
    FROM pg_constraint con
    JOIN pg_class src ON src.oid = con.conrelid JOIN pg_class dst ON dst.oid = con.confrelid
    JOIN pg_namespace n ON n.oid = src.relnamespace
    WHERE con.contype = 'f' AND n.nspname = current_schema()`);
  for (const row of fkRows) {
    shape.foreignKeys.add(`${row.from_table}(${pgArray(row.from_cols).join(',')}) → ${row.to_table}(${pgArray(row.to_cols).join(',')})`);
  }
  return shape;
}

/** pg returns name[] aggregates as JS arrays; PGlite may return the text form "{a,b}". */
function pgArray(value: string[] | string): string[] {
  if (Array.isArray(value)) return value;
  return value.replace(/^\{|\}$/g, '').split(',').map((s) => s.replace(/^"|"$/g, ''));
}

function normaliseType(type: string): string {
  return type
    .replace(/^"(.*)"(\[\])?$/, '$1$2')
    .replace(/^text$/, 'text')
    .replace(/^integer/, 'int4')
    .replace(/^smallint/, 'int2')
    .replace(/^bigint/, 'int8')
    .replace(/^real/, 'float4')
    .replace(/^double precision/, 'float8')
    .replace(/^boolean/, 'bool')
    .replace(/^character\((\d+)\)/, 'bpchar($1)')
    .replace(/^character varying\((\d+)\)/, 'varchar($1)')
    .replace(/^character varying/, 'varchar')
    .replace(/^timestamp\((\d)\) with time zone/, 'timestamptz($1)')
    .replace(/^timestamp with time zone/, 'timestamptz(6)')
    .replace(/^timestamp\((\d)\) without time zone/, 'timestamp($1)')
    .replace(/^timestamp without time zone/, 'timestamp(6)')
    .replace(/^numeric\(65,30\)/, 'numeric');
}

/**
 * Compares the database with schema.prisma: every model, field, type, nullability, enum, unique constraint,
 * index and foreign key must exist, and nothing the schema lacks. Returns one sentence per difference.
 */
export async function checkDrift(sql: SqlSession, datamodel: Datamodel): Promise<string[]> {
  const want = expectedShape(datamodel);
  const have = await describeDatabase(sql);
  const problems: string[] = [];
  for (const table of want.tables) if (!have.tables.has(table)) problems.push(`Table ${table} is in the schema but not in the database.`);
  for (const table of have.tables) if (!want.tables.has(table)) problems.push(`Table ${table} is in the database but not in the schema.`);
  for (const [name, column] of want.columns) {
    const actual = have.columns.get(name);
    if (!actual) {
      if (have.tables.has(name.split('.')[0]!)) problems.push(`Column ${name} is in the schema but not in the database.`);
      continue;
    }
    if (actual.type !== column.type) problems.push(`Column ${name} is ${actual.type} in the database but ${column.type} in the schema.`);
    if (actual.nullable !== column.nullable) {
      problems.push(`Column ${name} is ${actual.nullable ? 'nullable' : 'NOT NULL'} in the database but ${column.nullable ? 'nullable' : 'NOT NULL'} in the schema.`);
    }
  }
  for (const name of have.columns.keys()) {
    if (!want.columns.has(name) && want.tables.has(name.split('.')[0]!)) problems.push(`Column ${name} is in the database but not in the schema.`);
  }
  for (const [name, values] of want.enums) {
    const actual = have.enums.get(name);
    if (!actual) problems.push(`Enum ${name} is in the schema but not in the database.`);
    else if (actual.join(',') !== values.join(',')) problems.push(`Enum ${name} is (${actual.join(', ')}) in the database but (${values.join(', ')}) in the schema.`);
  }
  for (const name of have.enums.keys()) if (!want.enums.has(name)) problems.push(`Enum ${name} is in the database but not in the schema.`);
  for (const index of want.indexes) if (!have.indexes.has(index)) problems.push(`The ${index} is in the schema but not in the database.`);
  for (const index of have.indexes) if (!want.indexes.has(index)) problems.push(`The ${index} is in the database but not in the schema.`);
  for (const fk of want.foreignKeys) if (!have.foreignKeys.has(fk)) problems.push(`Foreign key ${fk} is in the schema but not in the database.`);
  for (const fk of have.foreignKeys) if (!want.foreignKeys.has(fk)) problems.push(`Foreign key ${fk} is in the database but not in the schema.`);
  return problems;
}
