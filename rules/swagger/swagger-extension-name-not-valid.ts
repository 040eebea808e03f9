import { defineSpectralRule } from '../../src/model/rule';
import type { JsonPath } from '../lib/index';
import { isObject, type JsonObject } from '../lib/json';
import { schemasOf } from '../lib/schemas';
import { operationsOf } from '../lib/swagger';
import { BOTH, FILES } from '../lib/programs';
import { reviewThread } from '../lib/sources';
import { ruleFunction, type RuleResult } from '../functions/rule-function';

const words = (s: string) => s.split(' ');
const ITEMS = words('type format items collectionFormat default maximum exclusiveMaximum minimum exclusiveMinimum maxLength minLength pattern maxItems minItems uniqueItems enum multipleOf');
/** The Swagger 2.0 keywords of each object that accepts x- extensions. */
const KEYWORDS: Record<string, string[]> = {
  root: words('swagger info host basePath schemes consumes produces paths definitions parameters responses security securityDefinitions tags externalDocs'),
  info: words('title version description termsOfService contact license'),
  contact: words('name url email'),
  license: words('name url'),
  pathItem: words('$ref get put post delete options head patch parameters'),
  operation: words('tags summary description externalDocs operationId produces consumes parameters responses schemes deprecated security'),
  // Body and non-body keywords together: using one kind's keyword on the other has validator codes of its own.
  parameter: [...words('$ref name in description required schema allowEmptyValue'), ...ITEMS],
  items: ITEMS,
  header: [...ITEMS, 'description'],
  response: words('$ref description schema headers examples'),
  schema: words('$ref format title description default multipleOf maximum exclusiveMaximum minimum exclusiveMinimum maxLength minLength pattern maxItems minItems uniqueItems maxProperties minProperties required enum additionalProperties type items allOf properties discriminator readOnly xml externalDocs example'),
  securityScheme: words('type description name in flow authorizationUrl tokenUrl scopes'),
  tag: words('name description externalDocs'),
  externalDocs: words('description url'),
  xml: words('name namespace prefix attribute wrapped'),
};

const NAMES: Record<string, string> = {
  root: 'the document root', info: 'info', contact: 'info.contact', license: 'info.license', pathItem: 'a path item', operation: 'an operation',
  parameter: 'a parameter', items: 'array items', header: 'a response header', response: 'a response', schema: 'a schema',
  securityScheme: 'a security definition', tag: 'a tag', externalDocs: 'externalDocs', xml: 'an xml object',
};

type Visit = (kind: string, node: unknown, at: JsonPath) => void;

/** Every Swagger object of the document that takes keywords, with its kind and path. */
function forEachSwaggerObject(doc: JsonObject, visit: Visit): void {
  const withDocs = (kind: string, node: unknown, at: JsonPath) => {
    visit(kind, node, at);
    if (isObject(node)) visit('externalDocs', node.externalDocs, [...at, 'externalDocs']);
  };
  const items = (node: unknown, at: JsonPath) => {
    // Nested `items` of parameters and headers; the depth limit guards against absurd nesting.
    for (let depth = 0; isObject(node) && depth < 20; depth++) {
      visit('items', node, at);
      [node, at] = [node.items, [...at, 'items']];
    }
  };
  const parameterList = (list: unknown, at: JsonPath) => {
    if (Array.isArray(list)) list.forEach((p, i) => parameter(p, [...at, i]));
  };
  const parameter = (p: unknown, at: JsonPath) => {
    visit('parameter', p, at);
    if (isObject(p)) items(p.items, [...at, 'items']);
  };
  const response = (r: unknown, at: JsonPath) => {
    visit('response', r, at);
    if (!isObject(r) || !isObject(r.headers)) return;
    for (const [name, header] of Object.entries(r.headers)) {
      visit('header', header, [...at, 'headers', name]);
      if (isObject(header)) items(header.items, [...at, 'headers', name, 'items']);
    }
  };
  withDocs('root', doc, []);
  const info = doc.info;
  visit('info', info, ['info']);
  if (isObject(info)) {
    visit('contact', info.contact, ['info', 'contact']);
    visit('license', info.license, ['info', 'license']);
  }
  if (Array.isArray(doc.tags)) doc.tags.forEach((tag, i) => withDocs('tag', tag, ['tags', i]));
  if (isObject(doc.securityDefinitions)) for (const [name, s] of Object.entries(doc.securityDefinitions)) visit('securityScheme', s, ['securityDefinitions', name]);
  if (isObject(doc.parameters)) for (const [name, p] of Object.entries(doc.parameters)) parameter(p, ['parameters', name]);
  if (isObject(doc.responses)) for (const [name, r] of Object.entries(doc.responses)) response(r, ['responses', name]);
  if (isObject(doc.paths)) {
    for (const [path, item] of Object.entries(doc.paths)) {
      if (!path.startsWith('/')) continue;
      visit('pathItem', item, ['paths', path]);
      if (isObject(item)) parameterList(item.parameters, ['paths', path, 'parameters']);
    }
  }
  for (const op of operationsOf(doc)) {
    withDocs('operation', op.operation, op.at);
    parameterList(op.operation.parameters, [...op.at, 'parameters']);
    const responses = op.operation.responses;
    if (isObject(responses)) for (const [code, r] of Object.entries(responses)) if (/^(\d{3}|default)$/.test(code)) response(r, [...op.at, 'responses', code]);
  }
  for (const node of schemasOf(doc)) {
    withDocs('schema', node.schema, node.at);
    visit('xml', node.schema.xml, [...node.at, 'xml']);
  }
}

export default defineSpectralRule({
  id: 'swagger-extension-name-not-valid',
  severity: 'error',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'Swagger objects hold only their Swagger 2.0 keywords and x- extensions.',
  criterion: {
    text: 'Every key of a Swagger object is either one of its Swagger 2.0 keywords or an extension whose name starts with "x-"; anything else (for example scriptOperations, which belongs in apiProperties.json) is rejected.',
    url: reviewThread(3810),
    rows: ['sv-extension-name-not-valid'],
  },
  validatorCodes: ['ExtensionNameNotValid'],
  fix: 'Remove the key, fix its spelling, or prefix a custom key with "x-" (scriptOperations belongs in apiProperties.json).',
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
          const hint = near ? `; did you mean "${near}"?` : key === 'scriptOperations' ? '; it belongs in apiProperties.json.' : '; custom keys must start with "x-".';
          results.push({ message: `"${key}" is not a keyword of ${NAMES[kind]}${hint}`, path: [...at, key] });
        }
      });
      return results;
    }),
  },
});
