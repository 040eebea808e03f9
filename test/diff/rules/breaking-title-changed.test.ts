import { expectFinding, expectNoFinding } from '../../helpers/lint-case';
import { diffCase, lineOf } from '../helpers';

const RULE = 'breaking-title-changed';

describe(RULE, () => {
  it('flags a changed title', () => {
    const { findings, headText } = diffCase((head) => (head.info.title = 'Contoso Todo'));
    expectFinding(findings, {
      rule: RULE,
      pointer: '/info/title',
      line: lineOf(headText, '"title": "Contoso Todo"'),
      column: 14,
      message: 'The title changed from "Contoso Tasks" to "Contoso Todo". base: apiDefinition.swagger.json:4:14 /info/title; head: apiDefinition.swagger.json:4:14 /info/title',
    });
  });

  it('accepts an unchanged title and other info changes', () => {
    expectNoFinding(diffCase((head) => (head.info.description = 'Keeps every task of a team in one place.')).findings, RULE);
  });
});
