#!/usr/bin/env node
// Writes provider-model.json from terraform-provider-konnect.openapi.yaml: for the partial and
// each typed plugin resource, every attribute path of its configuration with the provider's
// type and default. The Terraform writer keeps only what the provider knows, in its types,
// and leaves out what equals the provider's own default.
// Usage (from tests/tools, for js-yaml): node ../../iac/model/generate.js <openapi.yaml> > provider-model.json
'use strict';
const fs = require('fs');
const yaml = require('js-yaml');
const schemas = yaml.load(fs.readFileSync(process.argv[2], 'utf8')).components.schemas;
const snake = n => n.replace(/([a-z0-9])([A-Z])/g, '$1_$2').replace(/([A-Z])([A-Z][a-z])/g, '$1_$2').toLowerCase();
const deref = n => { let i = 0; while (n && n.$ref && i++ < 50) n = schemas[n.$ref.split('/').pop()]; return n || {}; };
function walk(node, prefix, out, depth) {
  node = deref(node);
  if (depth > 12) return;
  const props = Object.assign({}, node.properties || {});
  for (const part of node.allOf || []) Object.assign(props, deref(part).properties || {});
  for (const [key, child0] of Object.entries(props)) {
    const child = deref(child0);
    const path = prefix ? `${prefix}.${key}` : key;
    const type = Array.isArray(child.type) ? child.type[0] : child.type || (child.properties ? 'object' : '');
    const entry = { t: type === 'integer' ? 'number' : type };
    if ('default' in child0 || 'default' in child) entry.d = 'default' in child0 ? child0.default : child.default;
    out[path] = entry;
    if (type === 'object' || child.properties) walk(child, path, out, depth + 1);
    if (type === 'array' && child.items) {
      const items = deref(child.items);
      if (items.properties) walk(items, path + '[]', out, depth + 1);
    }
  }
}
const model = {};
for (const [name, schema] of Object.entries(schemas)) {
  const entity = schema['x-speakeasy-entity'];
  if (!entity || !entity.startsWith('GatewayPlugin') || !name.endsWith('PluginConfig')) continue;
  const out = {};
  walk(schema.properties && schema.properties.config, '', out, 0);
  model['plugin:' + snake(entity.slice(13))] = out;
}
for (const t of ['RedisEe', 'RedisCe', 'Vectordb', 'Embeddings', 'Model']) {
  const out = {};
  walk(schemas['Partial' + t].properties.config, '', out, 0);
  model['partial:' + snake(t)] = out;
}
process.stdout.write(JSON.stringify(model));
