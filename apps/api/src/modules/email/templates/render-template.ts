import { render } from '@react-email/render';
import type { ReactElement } from 'react';

/** A template as the two parts of a message: HTML, and plain text in which every link reads as its URL. */
export async function renderTemplate(element: ReactElement): Promise<{ html: string; text: string }> {
  const [html, text] = await Promise.all([render(element), render(element, { plainText: true })]);
  return { html, text };
}
