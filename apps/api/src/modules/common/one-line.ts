import type { z } from 'zod';

/**
 * A single-line field (a title, a name, a city): a line break or tab in it is a mistake of pasting or a probe, and
 * would break e-mail subjects, calendar files and list layouts. Control characters are refused for every field
 * by the input guard; this only adds the line breaks and tabs that long text may hold.
 */
export function oneLine<S extends z.ZodString>(schema: S, label: string): S {
  return schema.refine((text) => !/[\n\r\t]/.test(text), `${label} is one line, without line breaks or tabs.`) as S;
}
