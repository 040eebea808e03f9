import { defineSpectralRule } from '../../src/model/rule';
import { BOTH, FILES } from '../lib/programs';
import { SOURCES } from '../lib/sources';
import { allV2Reasons } from '../functions/dynamic-v2';
import { ruleFunction } from '../functions/rule-function';

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
    function: ruleFunction('dynamicV2Required', (swagger: unknown) => allV2Reasons(swagger).map((r) => ({ message: r.message, path: r.path }))),
  },
});
