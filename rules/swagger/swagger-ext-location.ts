import { defineSpectralRule } from '../../src/model/rule';
import { extensionUses, PLATFORM_EXTENSIONS, vendorKeyUses, type ExtensionUse, type Position } from '../lib/extensions';
import { schemasOf, type SchemaNode } from '../lib/schemas';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';
import { ruleFunction, type RuleResult } from '../functions/rule-function';

const NAMES: Record<Position, string> = {
  root: 'the document root',
  info: 'info',
  contact: 'info.contact',
  license: 'info.license',
  paths: 'paths',
  pathItem: 'a path item',
  operation: 'an operation',
  parameter: 'a parameter',
  responses: 'a responses map',
  response: 'a response',
  header: 'a response header',
  items: 'array items',
  schema: 'a schema',
  securityScheme: 'a security definition',
  tag: 'a tag',
  externalDocs: 'externalDocs',
  xml: 'an xml object',
  notificationContent: 'x-ms-notification-content',
};

const DYNAMIC = new Set(['x-ms-dynamic-values', 'x-ms-dynamic-list', 'x-ms-dynamic-schema', 'x-ms-dynamic-properties', 'x-ms-dynamic-tree']);
/** What a body parameter object itself may carry (everything else goes in its schema). */
const ON_BODY_PARAMETER = new Set(['x-ms-summary', 'x-ms-visibility', 'x-ms-test-value']);

export default defineSpectralRule({
  id: 'swagger-ext-location',
  severity: 'error',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'Each platform extension is written on the kind of object it applies to.',
  criterion: {
    text: 'Extensions only take effect where the platform reads them: x-ms-trigger and its companions on operations, x-ms-notification-content on the path item, dynamic extensions on non-body parameters or inside schemas (never on the body parameter itself), x-ms-notification-url on a property of the request body.',
    url: SOURCES.extensions,
    rows: ['def-ext-location', 'sv-dynamic-extension-definition-not-allowed-in-parameter', 'sv-notification-url-not-allowed-in-this-position'],
  },
  validatorCodes: ['DynamicExtensionDefinitionNotAllowedInParameter', 'NotificationUrlNotAllowedInThisPosition'],
  fix: 'Move the extension to the object it applies to (see the message), or remove it.',
  given: '$',
  then: {
    function: ruleFunction('extLocation', (swagger: unknown) => {
      const results: RuleResult[] = [];
      let schemaOf: Map<object, SchemaNode> | undefined;
      for (const use of vendorKeyUses(swagger)) {
        const allowed = PLATFORM_EXTENSIONS[use.key];
        if (!allowed) continue;
        // Most uses are fine: their path (built on first read of `use.at`) is only wanted for a finding.
        if (use.position === 'parameter' && use.owner.in === 'body' && !ON_BODY_PARAMETER.has(use.key)) {
          const body = `"${use.key}" is written on the body parameter "${String(use.owner.name)}"`;
          const message = DYNAMIC.has(use.key)
            ? `${body}; dynamic extensions belong in its schema.`
            : allowed.includes('schema')
              ? `${body}; it belongs in its schema.`
              : `${body}, but it belongs on ${list(allowed.filter((p) => p !== 'parameter').map((p) => NAMES[p]).concat(allowed.includes('parameter') ? ['a non-body parameter'] : []))}.`;
          results.push({ message, path: [...use.at, use.key] });
          continue;
        }
        if (use.key === 'x-ms-notification-url') {
          schemaOf ??= markedSchemas(swagger);
          const problem = notificationUrlProblem(use, schemaOf);
          if (problem) results.push({ message: `"x-ms-notification-url" is written on ${problem}; it is allowed only on a property of the request body.`, path: [...use.at, use.key] });
          continue;
        }
        if (!allowed.includes(use.position)) {
          results.push({
            message: `"${use.key}" is written on ${NAMES[use.position]}, but it belongs on ${list(allowed.map((p) => NAMES[p]))}.`,
            path: [...use.at, use.key],
          });
        }
      }
      return results;
    }),
  },
});

/**
 * The schema nodes of the schema objects holding "x-ms-notification-url", by object (a parsed document never shares
 * objects, so the object names its node; the last node wins should it not). Only those few are kept.
 */
function markedSchemas(swagger: unknown): Map<object, SchemaNode> {
  const owners = new Set<object>();
  for (const use of extensionUses(swagger, 'x-ms-notification-url')) if (use.position === 'schema') owners.add(use.owner);
  const found = new Map<object, SchemaNode>();
  if (owners.size === 0) return found;
  for (const n of schemasOf(swagger)) if (owners.has(n.schema)) found.set(n.schema, n);
  return found;
}

/** "a", "a or b", "a, b or c". */
function list(items: string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

/** Where a notification URL marker sits when that is not the request body, or undefined when it is (or unknown). */
function notificationUrlProblem(use: ExtensionUse, schemaOf: Map<object, SchemaNode>): string | undefined {
  if (use.position === 'parameter') return `the ${String(use.owner.in)} parameter "${String(use.owner.name)}"`;
  if (use.position !== 'schema') return NAMES[use.position];
  const node = schemaOf.get(use.owner);
  // A definition no request or response uses (or an unusual place the walker does not list) proves nothing.
  if (!node || node.input || !node.output) return undefined;
  return 'a response or webhook payload schema';
}
