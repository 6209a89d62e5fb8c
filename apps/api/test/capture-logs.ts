import { createLogger, type Logger } from '../src/http/logging/create-logger.ts';

/** One JSON log line as pino wrote it. */
export type LogLine = Record<string, any> & { level: number; msg: string };

/** A real pino logger whose lines are parsed and kept, for tests that read what the server logged. */
export function captureLogs(level = 'info'): { logger: Logger; lines: LogLine[] } {
  const lines: LogLine[] = [];
  const logger = createLogger(level, { write: (line: string) => void lines.push(JSON.parse(line) as LogLine) });
  return { logger, lines };
}
