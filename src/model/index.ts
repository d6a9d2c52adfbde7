export { LIMITS } from './limits.ts';
export { type ParseResult, parseDataset, parseDatasetText } from './parse.ts';
export { displayPath, type Problem, pointer } from './problems.ts';
export { DatasetSchema } from './schema.ts';
export { serializeDataset } from './serialize.ts';
export * from './types.ts';
