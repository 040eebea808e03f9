import { defineSpectralRule } from '../../src/model/rule';
import { ruleFunction, type RuleResult } from '../functions/rule-function';
import { BOTH, FILES } from '../lib/programs';
import { refsOf } from '../lib/refs';
import { SOURCES } from '../lib/sources';

export default defineSpectralRule({
  id: 'swagger-definition-not-ref',
  severity: 'error',
  programs: BOTH,
  file: FILES.swagger,
  document: 'swagger',
  description: 'Entries of root "definitions", "parameters" and "responses" are written out, not $refs to other entries.',
  criterion: {
    text: 'A definition, shared parameter or shared response may not itself be a "$ref" to another entry: such aliases (and loops of them) are rejected.',
    url: SOURCES.validator,
    rows: ['sv-schema-ref-loop-not-allowed', 'sv-parameter-ref-loop-not-allowed', 'sv-response-ref-loop-not-allowed'],
  },
  validatorCodes: ['SchemaRefLoopNotAllowed', 'ParameterRefLoopNotAllowed', 'ResponseRefLoopNotAllowed'],
  fix: 'Reference the target entry directly where the alias is used, and delete the alias (or copy the target\'s content into it).',
  given: '$',
  then: {
    function: ruleFunction('definitionNotRef', (swagger: unknown) => {
      const results: RuleResult[] = [];
      for (const site of refsOf(swagger)) {
        const [section, name] = site.at;
        const root = (section === 'definitions' || section === 'parameters' || section === 'responses') && site.at.length === 2;
        if (!root) continue;
        results.push({ message: `"${section}/${String(name)}" is only a reference to ${JSON.stringify(site.ref)}; entries of "${section}" must be written out.`, path: [...site.at, '$ref'] });
      }
      return results;
    }),
  },
});
