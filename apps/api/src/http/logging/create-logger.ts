import { pino, type DestinationStream, type Logger } from 'pino';

export type { Logger } from 'pino';

/**
 * The API's one logger: JSON lines (one object per event, so a log store can query requestId or durationMs without
 * parsing prose), at LOG_LEVEL (default info). Tests pass a destination to read the lines back.
 */
export function createLogger(level = process.env.LOG_LEVEL || 'info', destination?: DestinationStream): Logger {
  const levels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];
  if (!levels.includes(level)) throw new Error(`LOG_LEVEL must be one of ${levels.join(', ')}, not "${level}".`);
  const options = { level, timestamp: pino.stdTimeFunctions.isoTime };
  return destination ? pino(options, destination) : pino(options);
}
