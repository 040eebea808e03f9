import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'swagger-english-only';

describe(RULE, () => {
  it('flags a Japanese operation summary', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.paths['/tasks'].get.summary = 'タスクを一覧表示') });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks/get/summary', message: 'タスクを一覧表示' });
  });

  it('flags a Cyrillic connector description', async () => {
    const findings = await lintCase(RULE, { swagger: (s) => void (s.info.description = 'Задачи Contoso: создавайте и закрывайте задачи команды.') });
    expectFinding(findings, { rule: RULE, pointer: '/info/description', line: 5 });
  });

  it('flags a non-Latin x-ms-enum-values display name', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => void (s.paths['/tasks'].get.parameters[0]['x-ms-enum-values'] = [{ value: 'open', displayName: 'Offen' }, { value: 'done', displayName: '完了' }]),
    });
    expectFinding(findings, { rule: RULE, pointer: '/paths/~1tasks/get/parameters/0/x-ms-enum-values/1/displayName' });
  });

  it('finds text written with \\u escapes in an otherwise ASCII file', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        s.info.description = 'TASKS';
        return JSON.stringify(s, null, 4).replace('"TASKS"', '"\\u4efb\\u52d9 tasks"');
      },
    });
    expectFinding(findings, { rule: RULE, pointer: '/info/description' });
  });

  it('accepts Latin text with accents or a lone Greek symbol, and ignores example data', async () => {
    const findings = await lintCase(RULE, {
      swagger: (s) => {
        s.paths['/tasks'].get.description = 'Lists tasks; the café list answers within 5 µs (Ω-grade).';
        s.definitions.Task.example = { title: '買い物', description: 'Купить хлеб' };
      },
    });
    expectNoFinding(findings, RULE);
  });
});
