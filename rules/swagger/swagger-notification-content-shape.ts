import { defineSpectralRule } from '../../src/model/rule';
import { extensionUses } from '../lib/extensions';
import { isObject, show } from '../lib/json';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';
import { ruleFunction, type RuleResult } from '../functions/rule-function';

/** Keys of x-ms-notification-content; `headers` is tolerated as accepted connectors use it. x- keys are left to the extension rules. */
const KEYS = new Set(['schema', 'description', 'headers']);

export default defineSpectralRule({
  id: 'swagger-notification-content-shape',
  severity: 'error',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'x-ms-notification-content is an object with a schema (and optionally a description).',
  criterion: {
    text: 'x-ms-notification-content describes the payload a service posts to the webhook callback: an object whose "schema" is that payload schema, with an optional "description".',
    url: SOURCES.extensions,
    rows: ['def-notification-content-shape'],
  },
  fix: 'Write "x-ms-notification-content": {"description": "...", "schema": {...}} with the callback payload schema.',
  given: '$',
  then: {
    function: ruleFunction('notificationContentShape', (swagger: unknown) => {
      const results: RuleResult[] = [];
      for (const use of extensionUses(swagger, 'x-ms-notification-content')) {
        const path = [...use.at, use.key];
        const content = use.value;
        if (!isObject(content)) {
          results.push({ message: `x-ms-notification-content is ${show(content)}; it must be an object with a "schema".`, path });
          continue;
        }
        if (content.schema === undefined) results.push({ message: 'x-ms-notification-content has no "schema" for the webhook payload.', path: [...path, 'schema'] });
        else if (!isObject(content.schema)) results.push({ message: `x-ms-notification-content.schema is ${show(content.schema)}; it must be a schema object.`, path: [...path, 'schema'] });
        if (content.description !== undefined && typeof content.description !== 'string') {
          results.push({ message: `x-ms-notification-content.description is ${show(content.description)}; it must be text.`, path: [...path, 'description'] });
        }
        for (const key of Object.keys(content)) {
          if (!KEYS.has(key) && !/^x-/i.test(key)) {
            results.push({ message: `x-ms-notification-content has the key "${key}"; only "schema" and "description" belong there.`, path: [...path, key] });
          }
        }
      }
      return results;
    }),
  },
});
