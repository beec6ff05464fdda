#!/usr/bin/env node
// Parses every .tf below a folder with HashiCorp's HCL parser (@cdktf/hcl2json) and checks
// each resource's attributes against the provider's resource model
// (terraform-provider-konnect.openapi.yaml): names must exist, literal types must match.
// Prints one JSON object: {resources: [{type, name, body}], imports: [{to, id}], errors: []}.
// Usage: check_terraform.js <folder> <terraform-provider-konnect.openapi.yaml>
'use strict';
const fs = require('fs');
const path = require('path');
const { parse } = require('@cdktf/hcl2json');
const yaml = require('js-yaml');

const [folder, specPath] = process.argv.slice(2);
const spec = yaml.load(fs.readFileSync(specPath, 'utf8'));
const schemas = spec.components.schemas;
const errors = [];
const META = new Set(['depends_on', 'provider', 'lifecycle', 'count', 'for_each']);

function snake(name) {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').replace(/([A-Z])([A-Z][a-z])/g, '$1_$2').toLowerCase();
}
function deref(node, seen = 0) {
  while (node && node.$ref && seen++ < 50) node = schemas[node.$ref.split('/').pop()];
  return node || {};
}
function refName(node) { return node && node.$ref ? node.$ref.split('/').pop() : ''; }
// Properties of a schema node, allOf merged; oneOf/anyOf members as extra named properties.
function properties(node) {
  node = deref(node);
  const out = Object.assign({}, node.properties || {});
  for (const part of node.allOf || []) Object.assign(out, properties(part));
  for (const member of [...(node.oneOf || []), ...(node.anyOf || [])]) {
    const name = refName(member);
    const resolved = deref(member);
    const override = resolved['x-speakeasy-name-override'];
    if (override) out['oneOf:' + snake(override)] = member;
    else if (name) out['oneOf:' + snake(name)] = member;
    else Object.assign(out, properties(resolved));
  }
  return out;
}
function findProperty(props, key) {
  if (props[key]) return props[key];
  // Speakeasy names a union member after its schema, sometimes with the union's name cut.
  for (const [k, v] of Object.entries(props)) {
    if (!k.startsWith('oneOf:')) continue;
    const member = k.slice(6);
    if (member === key || member.startsWith(key + '_') || member.endsWith('_' + key)) return v;
  }
  return null;
}
function typeOf(node) {
  node = deref(node);
  if (node.type) return Array.isArray(node.type) ? node.type : [node.type];
  if (node.properties || node.allOf || node.oneOf) return ['object'];
  return [];
}
function check(value, node, where) {
  if (typeof value === 'string' && value.startsWith('${')) return; // an expression
  node = deref(node);
  const types = typeOf(node);
  if (Array.isArray(value)) {
    if (types.length && !types.includes('array')) errors.push(`${where}: a list where the model has ${types}`);
    value.forEach((item, i) => check(item, node.items || {}, `${where}[${i}]`));
    return;
  }
  if (value !== null && typeof value === 'object') {
    if (types.length && !types.includes('object')) { errors.push(`${where}: an object where the model has ${types}`); return; }
    const props = properties(node);
    const open = node.additionalProperties && Object.keys(props).length === 0;
    for (const [key, item] of Object.entries(value)) {
      if (open) continue;
      const child = findProperty(props, key);
      if (!child) { errors.push(`${where}.${key}: no such attribute in the provider's model`); continue; }
      check(item, child, `${where}.${key}`);
    }
    return;
  }
  const want = { string: 'string', number: 'number', boolean: 'boolean' }[typeof value];
  const okTypes = types.map(t => (t === 'integer' ? 'number' : t));
  if (types.length && !okTypes.includes(want)) errors.push(`${where}: a ${want} where the model has ${types}`);
}
function modelOf(type) {
  const fixed = {
    konnect_gateway_control_plane: 'CreateControlPlaneRequest',
    konnect_cloud_gateway_network: 'CreateNetworkRequest',
    konnect_cloud_gateway_configuration: 'CreateConfigurationRequest',
    konnect_cloud_gateway_addon: 'CreateAddOnRequest',
  };
  if (fixed[type]) return schemas[fixed[type]];
  // Core entities: the entity's schema (x-speakeasy-entity) with the control plane's id.
  const core = {
    konnect_gateway_service: 'GatewayService',
    konnect_gateway_route: 'GatewayRoute',
    konnect_gateway_consumer: 'GatewayConsumer',
  };
  if (core[type]) {
    const found = Object.values(schemas).find(s => s['x-speakeasy-entity'] === core[type]);
    if (!found) return null;
    const merged = { type: 'object', properties: Object.assign({}, properties(found)) };
    merged.properties.control_plane_id = { type: 'string' };
    return merged;
  }
  if (type === 'konnect_gateway_partial') {
    const props = { control_plane_id: { type: 'string' } };
    for (const t of ['RedisEe', 'RedisCe', 'Vectordb', 'Embeddings', 'Model'])
      props[snake(t)] = schemas['Partial' + t];
    return { type: 'object', properties: props };
  }
  if (type.startsWith('konnect_gateway_plugin_')) {
    const want = type.slice('konnect_gateway_plugin_'.length);
    for (const [name, schema] of Object.entries(schemas)) {
      const entity = schema['x-speakeasy-entity'];
      if (entity && entity.startsWith('GatewayPlugin') && snake(entity.slice(13)).replace(/a_c_l/, 'acl') === want) {
        const merged = { type: 'object', properties: Object.assign({}, properties(schemas.PluginBase || {}), properties(schema)) };
        merged.properties.control_plane_id = { type: 'string' };
        return merged;
      }
    }
  }
  return null;
}

function tfFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap(e =>
    e.isDirectory() ? tfFiles(path.join(dir, e.name)) : e.name.endsWith('.tf') ? [path.join(dir, e.name)] : []);
}

(async () => {
  const resources = [];
  const imports = [];
  const other = { data: [], locals: [], variables: [], providers: [] };
  for (const file of tfFiles(folder)) {
    let doc;
    try { doc = await parse(file, fs.readFileSync(file, 'utf8')); }
    catch (e) { errors.push(`${file}: HCL parse error: ${e.message || e}`); continue; }
    const rel = path.relative(folder, file);
    for (const [type, byName] of Object.entries(doc.resource || {})) {
      for (const [name, bodies] of Object.entries(byName)) {
        const body = bodies[0];
        resources.push({ file: rel, type, name, body });
        const model = modelOf(type);
        if (!model) { errors.push(`${rel}: ${type} is not a resource of the provider's model`); continue; }
        const attrs = Object.fromEntries(Object.entries(body).filter(([k]) => !META.has(k)));
        check(attrs, model, `${type}.${name}`);
      }
    }
    for (const block of doc.import || []) imports.push({ file: rel, to: block.to, id: block.id });
    for (const [type, byName] of Object.entries(doc.data || {}))
      for (const name of Object.keys(byName)) other.data.push(`${type}.${name}`);
    for (const block of doc.locals || []) other.locals.push(...Object.keys(block));
    for (const name of Object.keys(doc.variable || {})) other.variables.push(name);
    for (const [name, blocks] of Object.entries(doc.provider || {})) other.providers.push({ file: rel, name, body: blocks[0] });
  }
  process.stdout.write(JSON.stringify({ resources, imports, ...other, errors }));
})().catch(e => { process.stdout.write(JSON.stringify({ errors: [String(e)] })); process.exit(1); });
