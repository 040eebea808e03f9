import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { nodesWithKey } from '../lib/index';
import { isObject } from '../lib/json';
import { writtenParametersOf } from '../lib/operations';
import { describeSchema, resolveSchemaRef, schemasOf } from '../lib/schemas';
import { isInternal } from '../lib/swagger';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';

export default defineSpectralRule({
  id: 'swagger-internal-required-default',
  severity: 'error',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'A required parameter or request-body property marked x-ms-visibility "internal" has a default value.',
  criterion: {
    text: 'Users cannot fill in an internal value, so a required one needs a default for the platform to send. A webhook callback URL (x-ms-notification-url) is filled in by the platform and is exempt.',
    url: SOURCES.extensions,
    rows: ['def-internal-required-default'],
  },
  fix: 'Add a "default" to the internal value, or make it visible so users can enter it.',
  given: '$',
  then: {
    function: ruleFunction('internalRequiredDefault', (swagger: unknown) => {
      const results: RuleResult[] = [];
      // Every finding is about a value marked internal: a document without one (about half) needs no further look.
      if (!nodesWithKey(swagger, 'x-ms-visibility').some((n) => isInternal(n.node))) return results;
      for (const { parameter, at, label } of writtenParametersOf(swagger)) {
        // A body parameter carries its values in its schema: its properties are checked below.
        if (parameter.in === 'body' || !isInternal(parameter) || parameter.required !== true || parameter.default !== undefined) continue;
        results.push({ message: `The ${label} is internal and required but has no default.`, path: [...at, 'default'] });
      }
      for (const node of schemasOf(swagger)) {
        if (!node.input || node.via !== 'properties' || node.name === undefined || !node.parent) continue;
        // Whether it is hidden is the rarest condition, so it is tested first.
        const target = node.ref !== undefined ? resolveSchemaRef(swagger, node.ref) ?? node.schema : node.schema;
        const hidden = isInternal(node.schema) || isInternal(target);
        if (!hidden) continue;
        const required = node.parent.schema.required;
        if (!Array.isArray(required) || !required.includes(node.name)) continue;
        const hasDefault = node.schema.default !== undefined || target.default !== undefined;
        const filledByPlatform = node.schema['x-ms-notification-url'] === true || target['x-ms-notification-url'] === true;
        // Objects and arrays get their values from their own properties and items, which are checked on their own.
        const container = target.type === 'object' || target.type === 'array' || isObject(target.properties);
        if (hasDefault || filledByPlatform || container) continue;
        results.push({ message: `The ${describeSchema(node)} is internal and required but has no default.`, path: [...node.at, 'default'] });
      }
      return results;
    }),
  },
});
