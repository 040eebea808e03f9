import { Catalog } from '../../src/catalog';
import { REPORTERS } from '../../src/reporters';
import type { Report } from '../../src/model/report';
import type { RuleMeta } from '../../src/model/rule';

/**
 * A fixed, hand-written report and catalog that every format is pinned on. The strings carry what connector files can
 * carry: Markdown and HTML, `%`, line breaks, commas, colons, semicolons, brackets, a workflow-command look-alike and a
 * control character, so that each format's escaping shows in its expected output. It also has what configuration and
 * the ignore file add: a suppressed finding, an acknowledged breaking change (whose reason, from the ignore file of
 * the pull request, is as untrusted as the connector) and an ignore-file entry that matches nothing.
 */
export const CWD = '/work/repo';

const criterion = (text: string) => ({ text, url: 'https://learn.microsoft.com/connectors/custom-connectors/certification-submission', rows: ['T1'] });

export const RULE_METAS: RuleMeta[] = [
  {
    id: 'folder-required-files',
    severity: 'error',
    programs: ['verified', 'independent'],
    file: 'folder',
    description: 'The folder holds apiDefinition.swagger.json, apiProperties.json and readme.md.',
    criterion: criterion('A connector submission contains apiDefinition.swagger.json, apiProperties.json and readme.md.'),
    validatorCodes: ['5000.1.1.2'],
    fix: 'Add the missing file, or rename the file to the exact expected name.',
  },
  {
    id: 'readme-required-sections',
    severity: 'info',
    programs: ['verified'],
    file: 'readme.md',
    description: 'readme.md has the sections of the template.',
    criterion: criterion('The readme follows the template: publisher, prerequisites, operations, known issues.'),
    fix: 'Add the missing "## Known issues and limitations" section.',
  },
  {
    id: 'swagger-param-description-required',
    severity: 'warning',
    programs: ['verified', 'independent'],
    file: 'apiDefinition.swagger.json',
    description: 'Every parameter the user sees has a description.',
    criterion: criterion('Each visible parameter has a description.'),
    fix: 'Add a one-sentence "description" saying what the parameter does.',
  },
  {
    id: 'swagger-title-max-length',
    severity: 'error',
    programs: ['verified', 'independent'],
    file: 'apiDefinition.swagger.json',
    description: 'info.title has at most 30 characters.',
    criterion: criterion('The connector title is at most 30 characters long.'),
    validatorCodes: ['FieldLengthExceeded'],
    fix: 'Shorten info.title to 30 characters or fewer, e.g. the product name alone.',
  },
  {
    id: 'breaking-operation-removed',
    severity: 'error',
    programs: ['verified', 'independent'],
    file: 'apiDefinition.swagger.json',
    description: 'No operation of the previous version is removed.',
    criterion: criterion('A new version keeps every operation of the previous one, so that existing flows keep working.'),
    validatorCodes: ['The operation has been deleted. This change breaks existing flows.'],
    fix: 'Put the operation back under its old operationId, or acknowledge the change in the ignore file with a reason.',
  },
];

/** A catalog of exactly these rules (the real one grows with every rule written, and would move the expected output). */
export class FixedCatalog extends Catalog {
  constructor(private readonly metas: RuleMeta[] = RULE_METAS) {
    super([]);
  }

  override get(id: string): RuleMeta | undefined {
    return this.metas.find((m) => m.id === id);
  }

  override all(): RuleMeta[] {
    return [...this.metas];
  }
}

export const CATALOG = new FixedCatalog();

const TITLE = 'Contoso *Tasks* <b>Pro</b> | 100% [beta]';

export const REPORT: Report = {
  tool: { name: 'connector-precheck', version: '1.2.3' },
  summary: { connectors: 3, passed: 2, failed: 1, errors: 2, warnings: 2, suppressed: 1 },
  connectors: [
    {
      path: 'certified-connectors/Contoso Tasks',
      title: TITLE,
      program: 'verified',
      passed: false,
      findings: [
        {
          rule: 'swagger-title-max-length',
          severity: 'error',
          file: 'apiDefinition.swagger.json',
          pointer: '/info/title',
          line: 4,
          column: 14,
          message: `The title "${TITLE}" has 40 characters; at most 30 are allowed.`,
          fix: 'Shorten info.title to 30 characters or fewer, e.g. the product name alone.',
        },
        {
          rule: 'swagger-param-description-required',
          severity: 'warning',
          file: 'apiDefinition.swagger.json',
          pointer: '/paths/~1tasks/get/parameters/0',
          line: 20,
          column: 11,
          message: 'Parameter "$top" has no description.\r\nReviewers ask: what does it do, and what is 50% of it?',
          fix: 'Add a one-sentence "description" saying what the parameter does.',
        },
        {
          rule: 'folder-required-files',
          severity: 'error',
          file: 'readme.md',
          message: 'readme.md is missing: the folder has README.MD, which is not the exact name.',
          fix: 'Add the missing file, or rename the file to the exact expected name.',
        },
        {
          rule: 'readme-required-sections',
          severity: 'info',
          file: 'readme.md',
          line: 12,
          message: 'No section "## Known issues"; found `## FAQ` and <!-- a comment --> instead. ##vso[task.setvariable variable=x]1',
          fix: 'Add the missing "## Known issues and limitations" section.',
        },
      ],
      suppressed: [
        {
          rule: 'swagger-param-description-required',
          severity: 'warning',
          file: 'apiDefinition.swagger.json',
          pointer: '/paths/~1tasks/post/parameters/2',
          line: 44,
          column: 11,
          message: 'Parameter "legacyId" has no description.',
          fix: 'Add a one-sentence "description" saying what the parameter does.',
          suppressedBy: 'ignore-file',
          reason: 'Internal parameter, hidden from users.',
        },
      ],
    },
    {
      path: 'independent-publisher-connectors/TideTables',
      title: 'Tide Tables',
      program: 'independent',
      passed: true,
      findings: [],
    },
    {
      path: 'connectors/Odd;Name], Inc: v2',
      title: 'Odd & Name\u0007',
      program: 'unknown',
      passed: true,
      findings: [
        {
          rule: 'swagger-param-description-required',
          severity: 'warning',
          file: 'apiDefinition.swagger.json',
          pointer: '/paths/~1items/post/parameters/1',
          line: 31,
          message: 'Parameter "body" has no description; see ::error::, a, b.\n::warning::injected',
          fix: 'Add a one-sentence "description" saying what the parameter does.',
        },
        {
          rule: 'breaking-operation-removed',
          severity: 'info',
          file: 'apiDefinition.swagger.json',
          pointer: '/paths/~1items~1{id}/delete',
          line: 40,
          column: 7,
          message: 'The operation "DeleteItem" (DELETE /items/{id}) of the previous version is gone.',
          fix: 'Put the operation back under its old operationId, or acknowledge the change in the ignore file with a reason.',
          acknowledged: 'Never published | 100% unused; *see* <b>PR</b> #12.\n::error::injected ##vso[task.complete result=Succeeded;]',
        },
      ],
    },
  ],
  unusedIgnores: [{ file: `${CWD}/.connector-precheck-ignore.yaml`, entry: 3, connector: 'certified-connectors/Old*', rule: 'swagger-title-max-length' }],
};

/** The output of one format on a report (the fixed one by default), as the CLI renders it for a file. */
export function render(format: string, report: Report = REPORT, cwd: string | null = CWD): string {
  return REPORTERS[format](report, { catalog: CATALOG, color: false, ...(cwd !== null ? { cwd } : {}) });
}
