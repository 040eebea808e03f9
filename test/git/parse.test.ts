import { expect } from 'chai';
import { connectorDirOf } from '../../src/git/changed';
import { GitError, normalizeRepoPath, parseNameStatus, splitNul } from '../../src/git/git';

describe('git output parsing', () => {
  it('parses NUL-separated name-status records, names with tabs, newlines and quotes included', () => {
    const output = ['M', 'a/apiDefinition.swagger.json', 'R087', 'old\tname.md', 'new\nname.md', 'C100', 'x.json', 'y.json', 'D', 'gone "q".txt', 'T', 'link', 'A', 'ü.md', ''].join('\0');
    expect(parseNameStatus(output)).to.deep.equal([
      { status: 'modified', path: 'a/apiDefinition.swagger.json' },
      { status: 'renamed', path: 'new\nname.md', oldPath: 'old\tname.md', similarity: 87 },
      { status: 'copied', path: 'y.json', oldPath: 'x.json', similarity: 100 },
      { status: 'deleted', path: 'gone "q".txt' },
      { status: 'type-changed', path: 'link' },
      { status: 'added', path: 'ü.md' },
    ]);
    expect(parseNameStatus('')).to.deep.equal([]);
    expect(() => parseNameStatus('R100\0only-one\0')).to.throw(GitError);
    expect(() => parseNameStatus('X\0file\0')).to.throw(GitError);
    expect(splitNul(Buffer.from('a\0b\0'))).to.deep.equal(['a', 'b']);
  });

  it('maps a file to the nearest connector folder, never to node_modules or a dot-folder', () => {
    const connectors = new Set(['certified-connectors/Contoso', '.', 'node_modules/pkg', '.github', 'tools/.hidden']);
    const isConnector = (dir: string) => connectors.has(dir);
    expect(connectorDirOf('certified-connectors/Contoso/readme.md', isConnector)).to.equal('certified-connectors/Contoso');
    expect(connectorDirOf('certified-connectors/Contoso/.vs/x/settings.json', isConnector)).to.equal('certified-connectors/Contoso');
    expect(connectorDirOf('node_modules/pkg/apiProperties.json', isConnector)).to.equal('.');
    expect(connectorDirOf('.github/workflows/ci.yml', isConnector)).to.equal('.');
    expect(connectorDirOf('tools/.hidden/apiProperties.json', isConnector)).to.equal('.');
    expect(connectorDirOf('README.md', (dir) => dir === 'x')).to.equal(undefined);
  });

  it('keeps paths inside the repository', () => {
    expect(normalizeRepoPath('./a//b/')).to.equal('a/b');
    for (const bad of ['', '.', '/etc/passwd', '../x', 'a/../../x']) expect(() => normalizeRepoPath(bad), bad).to.throw(GitError);
  });
});
