import { expect } from 'chai';
import { defineSpectralRule } from '../../src/model/rule';
import { RULES } from '../../src/registry';
import { expectFinding, lintCase } from '../helpers/lint-case';

/** Reports the same thing twice, at a key that does not exist, with a message holding Spectral template syntax. */
const echoRule = defineSpectralRule({
  id: 'test-echo-title',
  severity: 'warning',
  programs: ['verified', 'independent'],
  file: 'apiDefinition.swagger.json',
  document: 'swagger',
  description: 'Echoes the title.',
  criterion: { text: 'Test only.', url: 'https://example.com', rows: ['test'] },
  fix: 'None.',
  given: '$.info',
  then: {
    function: (info: { title?: string }) => {
      const result = { message: `Title ${info.title} ${'{{property}}'}`, path: ['info', 'x-missing'] };
      return [result, { ...result }];
    },
  },
});

/** Reports each contact field it is given, once with its own path and once without a path. */
const contactRule = defineSpectralRule({
  id: 'test-contact-fields',
  severity: 'warning',
  programs: ['verified', 'independent'],
  file: 'apiDefinition.swagger.json',
  document: 'swagger',
  description: 'Echoes contact fields.',
  criterion: { text: 'Test only.', url: 'https://example.com', rows: ['test'] },
  fix: 'None.',
  given: ['$.info.contact.email', '$.info.contact.name'],
  then: {
    function: (value: unknown, _options: unknown, ctx: { path: Array<string | number> }) => [
      { message: `given ${JSON.stringify(value)} at ${ctx.path.join('.')}` },
      { message: `explicit ${JSON.stringify(value)}`, path: [...ctx.path, 'x-below'] },
    ],
  },
});

describe('Spectral runner', () => {
  it('calls a rule with fixed-path givens with each defined value and its path, as Spectral does', async () => {
    const findings = await lintCase('test-contact-fields', {
      rules: [...RULES, contactRule],
      swagger: (s) => {
        s.info.contact = { email: 'a@b.com', url: 'https://example.com' };
      },
    });
    expect(findings.map((f) => [f.pointer, f.message])).to.have.deep.members([
      ['/info/contact/email', 'given "a@b.com" at info.contact.email'],
      ['/info/contact/email/x-below', 'explicit "a@b.com"'],
    ]);
  });

  it('does not call a rule with fixed-path givens when the parent is not an object', async () => {
    const findings = await lintCase('test-contact-fields', {
      rules: [...RULES, contactRule],
      swagger: (s) => {
        s.info.contact = 'a@b.com';
      },
    });
    expect(findings).to.deep.equal([]);
  });

  it('keeps the message as the rule wrote it, reports once, and points at the missing key on its parent line', async () => {
    const findings = await lintCase('test-echo-title', {
      rules: [...RULES, echoRule],
      swagger: (s) => void (s.info.title = '{{Tasks}}'),
    });
    expect(findings).to.have.length(1);
    expectFinding(findings, { rule: 'test-echo-title', pointer: '/info/x-missing', message: 'Title {{Tasks}} {{property}}' });
    expect(findings[0].line).to.be.a('number');
  });

  it('orders findings by position, whatever order the rules report in', async () => {
    const findings = await lintCase(['swagger-title-max-length', 'swagger-contact-email'], {
      swagger: (s) => {
        s.info.title = 'A title that is clearly longer than thirty';
        s.info.contact.email = 'not-an-email';
      },
    });
    const lines = findings.map((f) => f.line!);
    expect(lines).to.deep.equal([...lines].sort((a, b) => a - b));
    expect(findings.map((f) => f.rule)).to.have.members(['swagger-title-max-length', 'swagger-contact-email']);
  });
});
