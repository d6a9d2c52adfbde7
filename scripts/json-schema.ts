import { toJsonSchema } from '@valibot/to-json-schema';
import { DatasetSchema } from '../src/model/schema.ts';

/** The JSON Schema of the dataset format, generated from the runtime schema (the single source of truth). */
export function datasetJsonSchema(): Record<string, unknown> {
  const { $schema, ...schema } = toJsonSchema(DatasetSchema, {
    target: 'draft-2020-12',
    errorMode: 'ignore',
  });
  return {
    $schema,
    title: 'argument-graph dataset (format version 1)',
    description:
      'A debate map: sources, nodes (claims, experts, evidence) and relations (supports, disputes). ' +
      'Beyond this schema, ids must be unique, every from/to/source must resolve, and relations may not repeat or point at their own origin.',
    ...schema,
  };
}

export const SCHEMA_PATH = 'graph-data/schema.json';

export function renderSchema(): string {
  return `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`;
}
