import { describe, expect, test } from 'vitest';
import { linksInHtml } from './links-in-html';

describe('linksInHtml', () => {
  test('lists the web links with their words, once each, and leaves out anything else', () => {
    const html = `
      <p><a href="http://localhost:4000/me/proposals/p1">Open the
        proposal</a></p>
      <a href="http://localhost:4000/me/proposals/p1">again</a>
      <a href="javascript:alert(1)">Bad</a>
      <a href="mailto:someone@example.com">Write</a>
      <a href="https://app.example/unsubscribe?token=t&amp;category=REMINDERS"></a>
      <img src="x" onerror="window.ran = true">`;
    expect(linksInHtml(html)).toEqual([
      { text: 'Open the proposal', href: 'http://localhost:4000/me/proposals/p1' },
      { text: 'https://app.example/unsubscribe?token=t&category=REMINDERS', href: 'https://app.example/unsubscribe?token=t&category=REMINDERS' },
    ]);
    expect((window as unknown as { ran?: boolean }).ran).toBeUndefined();
  });
});
