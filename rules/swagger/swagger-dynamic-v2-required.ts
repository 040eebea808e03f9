import { defineSpectralRule } from '../../src/model/rule';
import { bodyPropertyNames, dynamicCalls, pathSegments, V2_OF, type DynamicCall } from '../lib/dynamic';
import type { JsonPath } from '../lib/index';
import { parametersOf } from '../lib/swagger';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';
import { ruleFunction } from '../functions/rule-function';

interface Reason {
  message: string;
  path: JsonPath;
}

/**
 * Why a first-generation call (x-ms-dynamic-values / x-ms-dynamic-schema) that has no second-generation companion
 * cannot work without one: a `parameter` name that is both an input and a body property, a reference into a parameter,
 * or (dynamic schema) a value-path that points at schema properties. Empty when the call is fine as written.
 */
function reasons(swagger: unknown, call: DynamicCall): Reason[] {
  const companion = V2_OF[call.kind];
  if (!companion || call.use.owner[companion] !== undefined) return [];
  const found: Reason[] = [];
  for (const arg of call.arguments) {
    if (arg.kind !== 'reference' || arg.reference === undefined) continue;
    const name = arg.reference;
    const path = [...arg.at, 'parameter'];
    for (const op of call.sources) {
      const isParameter = parametersOf(swagger, op).some((p) => p.parameter.name === name);
      const isProperty = bodyPropertyNames(swagger, op).has(name);
      if (isParameter && isProperty) {
        found.push({ path, message: `${call.kind} references "${name}", which is both a parameter and a body property; add ${companion} with an unambiguous parameterReference.` });
        break;
      }
      if (!isParameter && (isProperty || pathSegments(name).length > 1)) {
        found.push({ path, message: `${call.kind} references "${name}", a property inside a parameter; such references need ${companion}.` });
        break;
      }
    }
  }
  const valuePath = call.ext['value-path'];
  if (call.kind === 'x-ms-dynamic-schema' && typeof valuePath === 'string' && pathSegments(valuePath).pop() === 'properties') {
    found.push({ path: [...call.at, 'value-path'], message: `x-ms-dynamic-schema value-path "${valuePath}" points at schema properties; add x-ms-dynamic-properties whose itemValuePath points at the schema object.` });
  }
  return found;
}

export default defineSpectralRule({
  id: 'swagger-dynamic-v2-required',
  severity: 'error',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'x-ms-dynamic-values / x-ms-dynamic-schema that reference ambiguously or into a parameter have their x-ms-dynamic-list / x-ms-dynamic-properties companion.',
  criterion: {
    text: 'The first-generation dynamic extensions name inputs by bare name, which cannot tell a parameter from a body property of the same name nor reach inside a parameter; in those cases, and when a dynamic schema\'s value-path points at "properties", the second-generation companion is mandatory.',
    url: SOURCES.validator,
    rows: [
      'def-dynamic-pairing',
      'sv-dynamic-list-extension-required-for-ambiguous-references',
      'sv-dynamic-list-extension-required-for-non-parameter-references',
      'sv-dynamic-properties-extension-required-for-ambiguous-references',
      'sv-dynamic-properties-extension-required-for-non-parameter-references',
      'sv-dynamic-properties-extension-required-for-properties-value-path',
      'sv-operation-parameter-name-is-ambiguous',
    ],
  },
  validatorCodes: [
    'DynamicListExtensionRequiredForAmbiguousReferences',
    'DynamicListExtensionRequiredForNonParameterReferences',
    'DynamicPropertiesExtensionRequiredForAmbiguousReferences',
    'DynamicPropertiesExtensionRequiredForNonParameterReferences',
    'DynamicPropertiesExtensionRequiredForPropertiesValuePath',
    'OperationParameterNameIsAmbiguous',
  ],
  fix: 'Add x-ms-dynamic-list (next to x-ms-dynamic-values) or x-ms-dynamic-properties (next to x-ms-dynamic-schema) with parameterReference paths such as "body/listId".',
  given: '$',
  then: {
    function: ruleFunction('dynamicV2Required', (swagger: unknown) => dynamicCalls(swagger).flatMap((call) => reasons(swagger, call))),
  },
});
