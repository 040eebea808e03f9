import type { RuleMeta } from '../model/rule';
import { BOTH } from '../../rules/lib/programs';
import { reviewThread, SOURCES } from '../../rules/lib/sources';

/** Pull-request scope rules, decided from the changed files of `lint --changed-since`. */
export const PR_ONE_CONNECTOR: RuleMeta = {
  id: 'pr-one-connector',
  severity: 'error',
  programs: [...BOTH],
  file: 'pull request',
  description: 'A pull request changes the files of one connector only.',
  criterion: {
    text: 'Reviewers ask for one connector per pull request: the validation pipeline checks every changed connector, and mixed pull requests are sent back.',
    url: SOURCES.submissionIp,
    rows: ['pr-one-connector'],
  },
  fix: 'Split the pull request so that each one changes a single connector folder.',
};

export const PR_FILES_OUTSIDE_CONNECTORS: RuleMeta = {
  id: 'pr-files-outside-connectors',
  severity: 'error',
  programs: [...BOTH],
  file: 'pull request',
  description: 'A pull request changes no file outside connector folders.',
  criterion: {
    text: 'A submission changes only its connector folder; changes to repository files or other folders (often a stale fork) are sent back.',
    url: reviewThread(3276),
    rows: ['pr-one-connector'],
  },
  fix: 'Remove the change from the pull request (rebase the branch on the current base branch if it came from a stale fork).',
};

export const PR_BREAKING_CHECK_SKIPPED: RuleMeta = {
  id: 'pr-breaking-check-skipped',
  severity: 'info',
  programs: [...BOTH],
  file: 'apiDefinition.swagger.json',
  description: 'Breaking changes of a changed connector could not be checked (a new connector, or a definition that does not parse).',
  criterion: {
    text: "Microsoft's change validator compares an update with the previous version; a new connector has nothing to compare with, and a broken definition is compared once it parses.",
    url: SOURCES.pipeline,
    rows: ['pr-breaking-changes'],
  },
  fix: 'Nothing to do for a new connector; otherwise fix the JSON syntax so the definitions can be compared.',
};

export const PR_RULES: RuleMeta[] = [PR_ONE_CONNECTOR, PR_FILES_OUTSIDE_CONNECTORS, PR_BREAKING_CHECK_SKIPPED];
