import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { PageErrorBoundary } from './PageErrorBoundary';

function MissingChunk(): never {
  throw new TypeError('Failed to fetch dynamically imported module: /assets/RecruiterJobPage-abc.js');
}

describe('a page that cannot be shown', () => {
  afterEach(() => vi.restoreAllMocks());

  test('says the app was updated and offers a reload when its code is gone', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <PageErrorBoundary>
        <MissingChunk />
      </PageErrorBoundary>,
    );
    expect(screen.getByRole('alert').textContent).toContain('Shortlist was updated since this tab opened');
    expect(screen.getByRole('button', { name: 'Reload the page' })).toBeTruthy();
  });
});
