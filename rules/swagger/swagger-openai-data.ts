import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { isEmail, isHttpUrl } from '../lib/connector-info';
import { extensionUses } from '../lib/extensions';
import { isObject, show } from '../lib/json';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';
import { operationsOf } from '../lib/swagger';

type JsonPath = Array<string | number>;

/** x-ms-openai-data: { "openai-enabled": boolean, "operations": [{ operationId, "x-ms-require-user-confirmation"? }] }. */
function checkData(value: unknown, at: JsonPath, operationIds: Set<unknown>, results: RuleResult[]): void {
  if (!isObject(value)) {
    results.push({ message: `x-ms-openai-data is ${show(value)}, not an object.`, path: at });
    return;
  }
  if (value['openai-enabled'] !== undefined && typeof value['openai-enabled'] !== 'boolean') {
    results.push({ message: `"openai-enabled" is ${show(value['openai-enabled'])}, not true or false.`, path: [...at, 'openai-enabled'] });
  }
  const operations = value.operations;
  if (operations === undefined) return;
  if (!Array.isArray(operations)) {
    results.push({ message: 'x-ms-openai-data "operations" is not a list.', path: [...at, 'operations'] });
    return;
  }
  operations.forEach((entry, i) => {
    const path = [...at, 'operations', i];
    if (!isObject(entry)) return void results.push({ message: `Entry ${i} of x-ms-openai-data "operations" is not an object.`, path });
    if (typeof entry.operationId !== 'string') results.push({ message: `Entry ${i} of x-ms-openai-data "operations" has no operationId.`, path: [...path, 'operationId'] });
    else if (!operationIds.has(entry.operationId)) results.push({ message: `x-ms-openai-data names the operation "${entry.operationId}", which does not exist.`, path: [...path, 'operationId'] });
    const confirm = entry['x-ms-require-user-confirmation'];
    if (confirm !== undefined && typeof confirm !== 'boolean') {
      results.push({ message: `"x-ms-require-user-confirmation" is ${show(confirm)}, not true or false.`, path: [...path, 'x-ms-require-user-confirmation'] });
    }
  });
}

/** x-ms-openai-manifest: { humanName, modelDescription, contactEmail, legalUrl? }. */
function checkManifest(value: unknown, results: RuleResult[]): void {
  const at = ['x-ms-openai-manifest'];
  if (!isObject(value)) return void results.push({ message: `x-ms-openai-manifest is ${show(value)}, not an object.`, path: at });
  for (const key of ['humanName', 'modelDescription', 'contactEmail']) {
    const text = value[key];
    if (typeof text !== 'string' || text.trim() === '') results.push({ message: `x-ms-openai-manifest has no "${key}".`, path: [...at, key] });
  }
  if (typeof value.contactEmail === 'string' && value.contactEmail.trim() !== '' && !isEmail(value.contactEmail)) {
    results.push({ message: `x-ms-openai-manifest contactEmail ${show(value.contactEmail)} is not a valid email address.`, path: [...at, 'contactEmail'] });
  }
  if (value.legalUrl !== undefined && !isHttpUrl(value.legalUrl)) {
    results.push({ message: `x-ms-openai-manifest legalUrl ${show(value.legalUrl)} is not an absolute http(s) URL.`, path: [...at, 'legalUrl'] });
  }
}

export default defineSpectralRule({
  id: 'swagger-openai-data',
  severity: 'warning',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'x-ms-openai-data and x-ms-openai-manifest (Copilot plugin metadata) are well-formed and name existing operations.',
  criterion: {
    text: 'The AI-plugin metadata added for Copilot must be well-formed objects, and the operations it lists must exist in the definition.',
    url: SOURCES.extensions,
    rows: ['def-openai-data'],
  },
  fix: 'Fix the AI-plugin metadata: use the documented object shape and existing operationIds.',
  given: '$',
  then: {
    function: ruleFunction('openaiData', (root: unknown) => {
      if (!isObject(root)) return;
      const results: RuleResult[] = [];
      const uses = extensionUses(root, 'x-ms-openai-data');
      if (uses.length > 0) {
        const operationIds = new Set(operationsOf(root).map((op) => op.operation.operationId));
        for (const use of uses) checkData(use.value, [...use.at, 'x-ms-openai-data'], operationIds, results);
      }
      if (root['x-ms-openai-manifest'] !== undefined) checkManifest(root['x-ms-openai-manifest'], results);
      return results;
    }),
  },
});
