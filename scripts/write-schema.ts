import { writeFileSync } from 'node:fs';
import { renderSchema, SCHEMA_PATH } from './json-schema.ts';

writeFileSync(SCHEMA_PATH, renderSchema());
console.log(`wrote ${SCHEMA_PATH}`);
