/** Read-only git plumbing for pull-request mode (`lint --changed-since <ref>`). */
export { changedFiles, GitError, listFilesAt, mergeBase, readFileAt, repoRoot, resolveCommit, type ChangedFile } from './git';
export { changedConnectors, connectorDirOf, type ChangedConnector, type ChangedConnectors, type ChangedConnectorsOptions } from './changed';
