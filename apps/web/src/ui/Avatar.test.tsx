import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { Avatar } from './Avatar';
import { pickAvatarColours } from './pick-avatar-colours';
import { pickInitials } from './pick-initials';

afterEach(cleanup);

describe("a person's avatar", () => {
  test.each([
    ['Sam Okafor', 'SO'],
    ['sam okafor', 'SO'],
    ['Priya', 'P'],
    ['  Jean-Luc   Picard ', 'JP'],
    ['Ludwig van Beethoven', 'LB'],
    ['María José de la Cruz', 'MC'],
    ['Ängström Öberg', 'ÄÖ'],
    ['Okafor, Sam', 'SO'],
    ['Dana Ross (contractor)', 'DR'],
    ['', '?'],
    ['   ', '?'],
  ])('shows the initials of “%s” as “%s”', (name, initials) => {
    expect(pickInitials(name)).toBe(initials);
  });

  test('gives the same name the same colours and different names a spread of colours', () => {
    expect(pickAvatarColours('Sam Okafor')).toEqual(pickAvatarColours('sam okafor '));
    const names = ['Sam Okafor', 'Priya Raman', 'Lena Fischer', 'Tom Brandt', 'Ana Silva', 'Kofi Mensah', 'Eva Horvat'];
    expect(new Set(names.map((name) => pickAvatarColours(name).background)).size).toBeGreaterThan(2);
  });

  test('is hidden from screen readers beside the written name, and named after the person when alone', () => {
    render(
      <>
        <p>
          <Avatar name="Sam Okafor" /> Sam Okafor
        </p>
        <Avatar name="Priya Raman" labelled />
      </>,
    );

    expect(screen.getByText('SO').getAttribute('aria-hidden')).toBe('true');
    expect(screen.getByRole('img', { name: 'Priya Raman' })).toBeDefined();
    expect(screen.queryByRole('img', { name: 'Sam Okafor' })).toBeNull();
  });
});
