/** Public pages that state the certification criteria (criteria.md keys in comments). */
export const SOURCES = {
  /** [S1] Verified publisher certification: title, description, icon, metadata, artifacts. */
  submission: 'https://learn.microsoft.com/en-us/connectors/custom-connectors/certification-submission',
  /** [S2] Independent publisher certification. */
  submissionIp: 'https://learn.microsoft.com/en-us/connectors/custom-connectors/certification-submission-ip',
  /** [S3] Fix Swagger Validator errors: the validator codes. */
  validator: 'https://learn.microsoft.com/en-us/connectors/custom-connectors/certification-swagger-validator-rules',
  /** [S4] Custom code (script.csx). */
  customCode: 'https://learn.microsoft.com/en-us/connectors/custom-connectors/write-code',
  /** [S5] OpenAPI extensions (x-ms-*). */
  extensions: 'https://learn.microsoft.com/en-us/connectors/custom-connectors/openapi-extensions',
  /** [S6] String guidance: titles, summaries, descriptions. */
  strings: 'https://learn.microsoft.com/en-us/connectors/custom-connectors/connector-string-guidance',
  /** [S7] Coding standards. */
  codingStandards: 'https://learn.microsoft.com/en-us/connectors/custom-connectors/coding-standards',
  /** [S8] Operational versioning. */
  versioning: 'https://learn.microsoft.com/en-us/connectors/custom-connectors/operational-versioning',
  /** [S9] Deprecating an operation. */
  deprecation: 'https://learn.microsoft.com/en-us/connectors/custom-connectors/deprecate-operation',
  /** [S10] Policy templates. */
  policyTemplates: 'https://learn.microsoft.com/en-us/connectors/custom-connectors/policy-templates',
  /** [S11] Connection parameters. */
  connectionParameters: 'https://learn.microsoft.com/en-us/connectors/custom-connectors/connection-parameters',
  /** [S12] Certification policy errors (5000.x codes). */
  policyErrors: 'https://learn.microsoft.com/en-us/connectors/custom-connectors/certification-policy-errors',
  /** [S13] Submitting for certification (eligibility, auth types). */
  submitCertification: 'https://learn.microsoft.com/en-us/connectors/custom-connectors/submit-certification',
  /** [M1-schema] The JSON schemas in the connectors repository. */
  schemas: 'https://github.com/microsoft/PowerPlatformConnectors/tree/dev/schemas',
  /** [M1-templates] The readme and file templates. */
  templates: 'https://github.com/microsoft/PowerPlatformConnectors/tree/dev/templates',
  /** [M1-prtemplate] The pull-request checklist. */
  prTemplate: 'https://github.com/microsoft/PowerPlatformConnectors/blob/dev/.github/pull_request_template.md',
  /** [M1-readme] The connectors repository README. */
  repoReadme: 'https://github.com/microsoft/PowerPlatformConnectors/blob/dev/README.md',
  /** [M1-paconn] The paconn command-line tool. */
  paconn: 'https://github.com/microsoft/PowerPlatformConnectors/tree/dev/tools/paconn-cli',
  /** [M1-pipeline] The repository's pull-request pipelines. */
  pipeline: 'https://github.com/microsoft/PowerPlatformConnectors/tree/dev/.pipelines',
} as const;

/** A pull request of microsoft/PowerPlatformConnectors where reviewers asked for the change. */
export function reviewThread(pr: number): string {
  return `https://github.com/microsoft/PowerPlatformConnectors/pull/${pr}`;
}
