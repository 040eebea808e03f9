import { expectFinding, expectNoFinding, lintCase } from '../helpers/lint-case';

const RULE = 'readme-english';

const german = `# Contoso Aufgaben

Mit diesem Connector können Sie die Aufgaben Ihres Teams verwalten. Die Aufgaben werden in der Cloud gespeichert und sind
für alle Mitglieder des Teams sichtbar. Sie können Aufgaben anlegen, lesen und löschen, und die Liste wird automatisch
aktualisiert, wenn eine Aufgabe zugewiesen wird. Für die Nutzung ist ein Konto bei Contoso erforderlich, das Sie auf der
Website des Anbieters anlegen können. Die Verbindung wird mit Ihrem Konto hergestellt und ist nicht an ein Gerät gebunden.
`;

describe(RULE, () => {
  it('flags a readme written in German', async () => {
    const findings = await lintCase(RULE, { readme: () => german });
    expectFinding(findings, { rule: RULE, file: 'readme.md', line: 1, message: 'German' });
  });

  it('accepts an English readme, and gives no verdict on a very short one', async () => {
    expectNoFinding(await lintCase(RULE), RULE);
    expectNoFinding(await lintCase(RULE, { readme: () => '# Contoso Aufgaben\n\nAufgaben verwalten.\n' }), RULE);
  });
});
