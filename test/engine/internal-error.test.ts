import { defineCheck, defineSpectralRule } from '../../src/model/rule';
import { RULES } from '../../src/registry';
import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const meta = {
  severity: 'warning' as const,
  programs: ['verified' as const, 'independent' as const],
  description: 'Throws.',
  criterion: { text: 'Test only.', url: 'https://example.com', rows: ['test'] },
  fix: 'None.',
};

const throwingSpectralRule = defineSpectralRule({
  ...meta,
  id: 'test-throwing-spectral',
  file: 'apiDefinition.swagger.json',
  document: 'swagger',
  given: '$.info',
  then: {
    function: () => {
      throw new Error('boom in spectral');
    },
  },
});

const throwingCheck = defineCheck({
  ...meta,
  id: 'test-throwing-check',
  file: 'readme.md',
  run() {
    throw new Error('boom in check');
  },
});

describe('internal-error', () => {
  it('turns a throwing Spectral function into a finding that names the rule, keeping the other rules', async () => {
    const findings = await lintCase(['test-throwing-spectral', 'swagger-title-max-length'], {
      rules: [...RULES, throwingSpectralRule],
      swagger: (s) => void (s.info.title = 'A title that is clearly longer than thirty'),
    });
    expectFinding(findings, { rule: 'internal-error', pointer: '/info', severity: 'error', message: 'Rule test-throwing-spectral failed: boom in spectral' });
    expectFinding(findings, { rule: 'swagger-title-max-length', pointer: '/info/title' });
  });

  it('turns a throwing check into a finding that names the rule', async () => {
    const findings = await lintCase(['test-throwing-check', 'folder-required-files'], {
      rules: [...RULES, throwingCheck],
      files: { 'readme.md': null },
    });
    expectFinding(findings, { rule: 'internal-error', file: 'readme.md', message: 'Rule test-throwing-check failed: boom in check' });
    expectFinding(findings, { rule: 'folder-required-files', file: 'readme.md' });
  });

  it('reports nothing when no rule throws', async () => {
    expectNoFinding(await lintCase(['swagger-title-max-length']), 'internal-error');
  });
});
