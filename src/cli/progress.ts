import type { ConnectorReport } from '../model/report';
import { plainLine } from '../reporters/common';

type OnProgress = (done: number, total: number, report: ConnectorReport) => void;

/**
 * A one-line progress bar on stderr, only when stderr is a terminal and not in CI: machine output on stdout and CI
 * logs stay clean. Returns undefined when no progress should be shown.
 */
export function terminalProgress(stream: NodeJS.WriteStream = process.stderr): OnProgress | undefined {
  if (!stream.isTTY || process.env.CI) return undefined;
  const started = Date.now();
  return (done, total, report) => {
    const width = 24;
    const filled = Math.round((done / total) * width);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const columns = stream.columns ?? 80;
    const line = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} ${seconds}s ${plainLine(report.path)}`;
    stream.write(`\r${line.slice(0, columns - 1).padEnd(columns - 1)}`);
    if (done === total) stream.write('\r' + ' '.repeat(columns - 1) + '\r');
  };
}
