import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { isNonEmptyString, isObject, show } from '../lib/json';
import { describeOperation } from '../lib/operations';
import { operationsOf, type JsonPath } from '../lib/swagger';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';

const STATUSES = ['Preview', 'Production'];
const OPERATION_KEYS = ['family', 'revision', 'status', 'replacement'];

type Report = (message: string, path: JsonPath) => void;

function checkStatus(annotation: Record<string, unknown>, where: string, at: JsonPath, report: Report): void {
  if (annotation.status !== undefined && !STATUSES.includes(annotation.status as string)) {
    report(`The x-ms-api-annotation status of ${where} is ${show(annotation.status)}; it must be "Preview" or "Production".`, [...at, 'status']);
  }
}

function checkOperation(annotation: Record<string, unknown>, where: string, at: JsonPath, report: Report): void {
  for (const key of Object.keys(annotation)) {
    if (!OPERATION_KEYS.includes(key)) report(`The x-ms-api-annotation of ${where} has the unknown key "${key}".`, [...at, key]);
  }
  if (annotation.family !== undefined && !isNonEmptyString(annotation.family)) {
    report(`The x-ms-api-annotation family of ${where} is ${show(annotation.family)}; it must be a non-empty string.`, [...at, 'family']);
  }
  const revision = annotation.revision;
  if (revision !== undefined && !(Number.isInteger(revision) && (revision as number) >= 1)) {
    report(`The x-ms-api-annotation revision of ${where} is ${show(revision)}; it must be a whole number of 1 or more.`, [...at, 'revision']);
  }
  checkStatus(annotation, where, at, report);
  const replacement = annotation.replacement;
  if (replacement === undefined) return;
  if (!isObject(replacement)) {
    report(`The x-ms-api-annotation replacement of ${where} must be an object with "api" and "operationId".`, [...at, 'replacement']);
    return;
  }
  for (const key of ['api', 'operationId']) {
    if (!isNonEmptyString(replacement[key])) report(`The x-ms-api-annotation replacement of ${where} has no "${key}".`, [...at, 'replacement', key]);
  }
}

export default defineSpectralRule({
  id: 'swagger-api-annotation-shape',
  severity: 'error',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'x-ms-api-annotation has the documented shape: family, revision, status and replacement {api, operationId} on operations; only status on info.',
  criterion: {
    text: 'On an operation, x-ms-api-annotation holds a family name, a revision number of 1 or more, a status of Preview or Production, and a replacement naming both the api and the operationId; on info it holds only the status.',
    url: SOURCES.extensions,
    rows: [
      'def-api-annotation-shape',
      'sv-api-annotation-extension-replacement-info-missing-api-property',
      'sv-api-annotation-extension-replacement-info-missing-operation-id-property',
    ],
  },
  validatorCodes: ['ApiAnnotationExtensionReplacementInfoMissingApiProperty', 'ApiAnnotationExtensionReplacementInfoMissingOperationIdProperty', 'JsonValueNotInEnum'],
  fix: 'Keep only family (string), revision (integer from 1), status ("Preview" or "Production") and replacement {api, operationId} in the annotation.',
  given: '$',
  then: {
    function: ruleFunction('apiAnnotationShape', (swagger: unknown) => {
      const results: RuleResult[] = [];
      const report: Report = (message, path) => results.push({ message, path });
      const info = isObject(swagger) ? swagger.info : undefined;
      if (isObject(info) && info['x-ms-api-annotation'] !== undefined) {
        const annotation = info['x-ms-api-annotation'];
        const at = ['info', 'x-ms-api-annotation'];
        if (!isObject(annotation)) report('The x-ms-api-annotation of info must be an object with "status".', at);
        else {
          for (const key of Object.keys(annotation)) if (key !== 'status') report(`The x-ms-api-annotation of info has the key "${key}"; only "status" belongs there.`, [...at, key]);
          checkStatus(annotation, 'info', at, report);
        }
      }
      for (const op of operationsOf(swagger)) {
        const annotation = op.operation['x-ms-api-annotation'];
        if (annotation === undefined) continue;
        const at = [...op.at, 'x-ms-api-annotation'];
        if (!isObject(annotation)) report(`The x-ms-api-annotation of ${describeOperation(op)} must be an object.`, at);
        else checkOperation(annotation, describeOperation(op), at, report);
      }
      return results;
    }),
  },
});
