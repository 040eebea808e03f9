import { defineSpectralRule } from '../../src/model/rule';
import { nodesWithKey, type JsonPath } from '../lib/index';
import { isObject, type JsonObject } from '../lib/json';
import { schemasOf } from '../lib/schemas';
import { operationsOf } from '../lib/swagger';
import { BOTH, FILES } from '../lib/programs';
import { reviewThread } from '../lib/sources';
import { ruleFunction, type RuleResult } from '../functions/rule-function';

const words = (s: string) => s.split(' ');
/**
 * The Swagger 2.0 keywords of the objects this rule checks. Other objects have rules of their own: the root
 * (swagger-root-keys-known), operations, parameters, responses, headers and schemas (swagger-keys-allowed), and
 * security definitions (swagger-security-scheme-properties).
 */
const KEYWORDS: Record<string, string[]> = {
  info: words('title version description termsOfService contact license'),
  contact: words('name url email'),
  license: words('name url'),
  pathItem: words('$ref get put post delete options head patch parameters'),
  tag: words('name description externalDocs'),
  externalDocs: words('description url'),
  xml: words('name namespace prefix attribute wrapped'),
};

const NAMES: Record<string, string> = {
  info: 'info', contact: 'info.contact', license: 'info.license', pathItem: 'a path item', tag: 'a tag', externalDocs: 'externalDocs', xml: 'an xml object',
};

type Visit = (kind: string, node: unknown, at: JsonPath) => void;

/** Each object of those kinds in the document, with its kind and path. */
function forEachSwaggerObject(doc: JsonObject, visit: Visit): void {
  const withDocs = (kind: string, node: unknown, at: JsonPath) => {
    visit(kind, node, at);
    if (isObject(node)) visit('externalDocs', node.externalDocs, [...at, 'externalDocs']);
  };
  visit('externalDocs', doc.externalDocs, ['externalDocs']);
  const info = doc.info;
  visit('info', info, ['info']);
  if (isObject(info)) {
    visit('contact', info.contact, ['info', 'contact']);
    visit('license', info.license, ['info', 'license']);
  }
  if (Array.isArray(doc.tags)) doc.tags.forEach((tag, i) => withDocs('tag', tag, ['tags', i]));
  if (isObject(doc.paths)) {
    for (const [path, item] of Object.entries(doc.paths)) if (path.startsWith('/')) visit('pathItem', item, ['paths', path]);
  }
  // Schemas are many and these keys rare: build a path only where the key is written.
  for (const op of operationsOf(doc)) if (op.operation.externalDocs !== undefined) visit('externalDocs', op.operation.externalDocs, [...op.at, 'externalDocs']);
  // Most documents have neither key anywhere (the shared index tells): then no schema needs looking at.
  const externalDocs = nodesWithKey(doc, 'externalDocs').length > 0;
  const xml = nodesWithKey(doc, 'xml').length > 0;
  if (!externalDocs && !xml) return;
  for (const node of schemasOf(doc)) {
    if (externalDocs && node.schema.externalDocs !== undefined) visit('externalDocs', node.schema.externalDocs, [...node.at, 'externalDocs']);
    if (xml && node.schema.xml !== undefined) visit('xml', node.schema.xml, [...node.at, 'xml']);
  }
}

export default defineSpectralRule({
  id: 'swagger-extension-name-not-valid',
  severity: 'error',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'Info, contact, license, path item, tag, externalDocs and xml objects hold only their Swagger 2.0 keywords and x- extensions.',
  criterion: {
    text: 'Every key of a Swagger object is either one of its Swagger 2.0 keywords or an extension whose name starts with "x-"; anything else (for example scriptOperations, which belongs in apiProperties.json) is rejected.',
    url: reviewThread(3810),
    rows: ['sv-extension-name-not-valid'],
  },
  validatorCodes: ['ExtensionNameNotValid'],
  fix: 'Remove the key, fix its spelling, or prefix a custom key with "x-".',
  given: '$',
  then: {
    function: ruleFunction('extensionNameNotValid', (swagger: unknown) => {
      const results: RuleResult[] = [];
      if (!isObject(swagger)) return results;
      forEachSwaggerObject(swagger, (kind, node, at) => {
        const allowed = KEYWORDS[kind];
        if (!allowed || !isObject(node)) return;
        for (const key of Object.keys(node)) {
          if (allowed.includes(key) || /^x-/i.test(key)) continue;
          const near = allowed.find((k) => k.toLowerCase() === key.toLowerCase());
          const hint = near ? `; did you mean "${near}"?` : '; custom keys must start with "x-".';
          results.push({ message: `"${key}" is not a keyword of ${NAMES[kind]}${hint}`, path: [...at, key] });
        }
      });
      return results;
    }),
  },
});
