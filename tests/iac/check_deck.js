#!/usr/bin/env node
// Validates decK state files against decK's JSON schema (draft-04, go-database-reconciler
// pkg/file/kong_json_schema.json) with ajv. Prints {files: {path: [errors]}} and exits 1 when
// any file is invalid.
// Usage: check_deck.js <schema.json> <file.yaml>…
'use strict';
const fs = require('fs');
const Ajv = require('ajv-draft-04');
const yaml = require('js-yaml');

const [schemaPath, ...files] = process.argv.slice(2);
const ajv = new Ajv({ allErrors: true, strict: false });
const validate = ajv.compile(JSON.parse(fs.readFileSync(schemaPath, 'utf8')));
const result = { files: {} };
let bad = false;
for (const file of files) {
  let doc;
  try { doc = yaml.load(fs.readFileSync(file, 'utf8')); }
  catch (e) { result.files[file] = [`YAML: ${e.message}`]; bad = true; continue; }
  const ok = validate(doc);
  result.files[file] = ok ? [] : validate.errors.map(e => `${e.instancePath} ${e.message}`);
  bad = bad || !ok;
}
process.stdout.write(JSON.stringify(result));
process.exit(bad ? 1 : 0);
