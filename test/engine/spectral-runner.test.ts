import { expect } from 'chai';
import { defineSpectralRule } from '../../src/model/rule';
import { RULES } from '../../src/registry';
import { expectFinding, lintCase } from '../helpers/lint-case';

/** A swagger rule for these tests: only its id, given and then matter. */
function testRule(id: string, given: string | string[], then: Parameters<typeof defineSpectralRule>[0]['then']) {
  return defineSpectralRule({
    id,
    severity: 'warning',
    programs: ['verified', 'independent'],
    file: 'apiDefinition.swagger.json',
    document: 'swagger',
    description: 'Test only.',
    criterion: { text: 'Test only.', url: 'https://example.com', rows: ['test'] },
    fix: 'None.',
    given,
    then,
  });
}

/** Reports the same thing twice, at a key that does not exist, with a message holding Spectral template syntax. */
const echoRule = testRule('test-echo-title', '$.info', {
  function: (info: { title?: string }) => {
    const result = { message: `Title ${info.title} ${'{{property}}'}`, path: ['info', 'x-missing'] };
    return [result, { ...result }];
  },
});

/** Reports each contact field it is given, once with its own path and once without a path. */
const contactRule = testRule('test-contact-fields', ['$.info.contact.email', '$.info.contact.name'], {
  function: (value: unknown, _options: unknown, ctx: { path: Array<string | number> }) => [
    { message: `given ${JSON.stringify(value)} at ${ctx.path.join('.')}` },
    { message: `explicit ${JSON.stringify(value)}`, path: [...ctx.path, 'x-below'] },
  ],
});

/** Throws on the contact email, reports the contact name. */
const throwingRule = testRule('test-throw-on-email', ['$.info.contact.email', '$.info.contact.name'], {
  function: (value: unknown) => {
    if (String(value).includes('@')) throw new Error('boom');
    return [{ message: `name ${String(value)}` }];
  },
});

/** Reports the email of the contact: a `field` read from the given value, not from the root. */
const fieldRule = testRule('test-contact-field', '$.info.contact', {
  field: 'email',
  function: (value: unknown) => [{ message: `email ${String(value)}` }],
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

  it('reports a throw at one fixed path as an internal error there and keeps the results of the other paths', async () => {
    const findings = await lintCase(['test-throw-on-email', 'internal-error'], {
      rules: [...RULES, throwingRule],
      swagger: (s) => {
        s.info.contact = { email: 'a@b.com', name: 'Contoso' };
      },
    });
    expect(findings.map((f) => [f.rule, f.pointer])).to.have.deep.members([
      ['internal-error', '/info/contact/email'],
      ['test-throw-on-email', '/info/contact/name'],
    ]);
    expect(findings.find((f) => f.rule === 'internal-error')!.message).to.contain('boom');
  });

  it('resolves a then field against the given value', async () => {
    const findings = await lintCase('test-contact-field', {
      rules: [...RULES, fieldRule],
      swagger: (s) => {
        s.info.contact = { email: 'a@b.com' };
      },
    });
    expect(findings.map((f) => [f.pointer, f.message])).to.deep.equal([['/info/contact/email', 'email a@b.com']]);
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
