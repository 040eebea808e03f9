import { getPath, isObject, type JsonObject } from '../lib/json';
import type { JsonPath } from '../lib/index';
import { extensionUses, type ExtensionUse } from '../lib/extensions';
import { localRefSegments, schemasOf, type SchemaNode } from '../lib/schemas';
import { isInternal } from '../lib/swagger';

/** One level between a notification-URL property and the body parameter that carries it. */
export interface Level {
  /** The level is marked internal. */
  internal: boolean;
  /** The level is required by the level above (a property in its parent's `required`, or `required: true`). */
  required: boolean;
  /** Where that requirement is (or should be) written. */
  at: JsonPath;
  /** What the level is, and its name, for messages. */
  kind: 'property' | 'parameter';
  name?: string;
}

export interface NotificationUrlField {
  use: ExtensionUse;
  /** Every way from the marked property up to a body parameter, innermost level first (definitions may be shared). */
  chains: Level[][];
}

const cache = new WeakMap<object, NotificationUrlField[]>();
const MAX_CHAINS = 20;

/** Each schema property marked x-ms-notification-url that is part of a request body, with its chains of parents. */
export function notificationUrlFields(doc: unknown): NotificationUrlField[] {
  if (!isObject(doc)) return [];
  let fields = cache.get(doc);
  if (fields) return fields;
  fields = [];
  cache.set(doc, fields);
  const uses = extensionUses(doc, 'x-ms-notification-url').filter((use) => use.position === 'schema');
  if (uses.length === 0) return fields;
  const nodes = schemasOf(doc);
  // A parsed document never shares objects, so a schema object names its node (the last one, should it not). Only the
  // marked objects are kept.
  const owners = new Set<object>();
  for (const use of uses) owners.add(use.owner);
  const bySchema = new Map<object, SchemaNode>();
  const refsTo = new Map<string, SchemaNode[]>();
  for (const n of nodes) {
    if (owners.has(n.schema)) bySchema.set(n.schema, n);
    const segments = n.ref === undefined ? undefined : localRefSegments(n.ref);
    if (!segments || segments[0] !== 'definitions' || segments.length !== 2) continue;
    const users = refsTo.get(segments[1]);
    if (users) users.push(n);
    else refsTo.set(segments[1], [n]);
  }
  for (const use of uses) {
    const node = bySchema.get(use.owner);
    if (node && node.input) fields.push({ use, chains: chainsOf(doc, node, refsTo, new Set()) });
  }
  return fields;
}

function chainsOf(doc: JsonObject, start: SchemaNode, refsTo: Map<string, SchemaNode[]>, seen: Set<string>): Level[][] {
  const levels: Level[] = [];
  let node = start;
  for (; node.parent; node = node.parent) {
    const parent = node.parent;
    const required = node.via !== 'properties' || (Array.isArray(parent.schema.required) && parent.schema.required.includes(node.name));
    levels.push({ internal: isInternal(node.schema), required, at: node.via === 'properties' ? [...parent.at, 'required'] : node.at, kind: 'property', ...(node.name ? { name: node.name } : {}) });
  }
  levels.push({ internal: isInternal(node.schema), required: true, at: node.at, kind: 'property' });
  if (node.top.kind === 'parameter') {
    const parameterAt = node.at.slice(0, -1);
    const parameter = getPath(doc, parameterAt);
    if (!isObject(parameter)) return [];
    // The body parameter's own `required` flag is not part of the schema chain: accepted webhooks often omit it.
    levels.push({ internal: isInternal(parameter), required: true, at: [...parameterAt, 'required'], kind: 'parameter', name: String(parameter.name) });
    return [levels];
  }
  if (node.top.kind !== 'definition' || seen.has(node.top.name!)) return [];
  const chains: Level[][] = [];
  for (const user of refsTo.get(node.top.name!) ?? []) {
    if (!user.input || chains.length >= MAX_CHAINS) continue;
    for (const rest of chainsOf(doc, user, refsTo, new Set([...seen, node.top.name!]))) chains.push([...levels, ...rest]);
  }
  return chains;
}
