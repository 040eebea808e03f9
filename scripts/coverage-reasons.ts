/**
 * Why a row of the criteria catalogue has no rule. `not-decidable`: the files of a connector folder cannot tell
 * (it needs the live service, the Partner Center package, the pull request page or a human); `not-yet`: decidable
 * but not built. Only `not-decidable` rows are left out of the machine-checkable share in docs/coverage.md.
 */
type Reason = { kind: 'not-decidable' | 'not-yet'; reason: string };

const PACKAGE: Reason = {
  kind: 'not-decidable',
  reason: 'Checks the Partner Center package (solution zips in PkgAssets), which is built after the pull request and is not part of the connector folder.',
};

export const NOT_IMPLEMENTED: Record<string, Reason> = {
  'sv-production-status-on-beta-service': {
    kind: 'not-decidable',
    reason: 'Whether the backend service is flagged beta is known only to Microsoft\'s service, not from the files.',
  },
  'def-op-visibility-set': {
    kind: 'not-decidable',
    reason: 'Leaving x-ms-visibility out is the documented default ("normal"); the files cannot tell a deliberate default from a forgotten one. Invalid values are checked by swagger-visibility-value.',
  },
  'def-response-4xx-5xx': {
    kind: 'not-decidable',
    reason: 'The criterion asks to list error responses "when known"; which errors the API really returns is not in the files. Flagging every operation without 4xx/5xx hit two thirds of accepted connectors.',
  },
  'def-dynamic-no-ref-inline': {
    kind: 'not-decidable',
    reason: 'It concerns the schema a dynamic-schema operation returns at run time, which is not in the files; schemas kept in definitions for other uses are fine.',
  },
  'intro-present': {
    kind: 'not-decidable',
    reason: 'intro.md belongs at the root of the Partner Center package next to the package zip, not in the pull request (reviewers ask to remove it there: folder-no-extras reports it).',
  },
  'pkg-pkgassets-folder': PACKAGE,
  'pkg-solution-count': PACKAGE,
  'pkg-solution-files': PACKAGE,
  'pkg-connector-solution': PACKAGE,
  'pkg-flow-solution': PACKAGE,
  'pkg-plugin-solution': PACKAGE,
  'pkg-sas-validity': {
    kind: 'not-decidable',
    reason: 'The SAS URL of the package is entered in Partner Center; it is not in the files.',
  },
  'pr-title-ip': {
    kind: 'not-decidable',
    reason: 'The pull request title is not in the connector files (the GitHub Action could read it from the event payload: a possible later addition).',
  },
};
